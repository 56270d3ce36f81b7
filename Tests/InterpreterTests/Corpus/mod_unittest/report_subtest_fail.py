import unittest

def is_even(n):
    return n % 2 == 0

class EvenTests(unittest.TestCase):
    def test_evens(self):
        for n in [0, 2, 3, 4, 7]:
            with self.subTest(n=n):
                self.assertTrue(is_even(n))

    def test_msg(self):
        for i, word in enumerate(["a", "bb", "ccc"]):
            with self.subTest("length", i=i):
                self.assertEqual(len(word), 2)

if __name__ == "__main__":
    import io, re
    stream = io.StringIO()
    unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=1))
    text = re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue())
    print(re.sub(r'File ".*/', 'File "', text))
