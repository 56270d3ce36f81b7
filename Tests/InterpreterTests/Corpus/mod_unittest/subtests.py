import unittest

def is_even(n):
    return n % 2 == 0

class TestEven(unittest.TestCase):
    def test_evens(self):
        for n in [0, 2, 3, 4, 7]:
            with self.subTest(n=n):
                self.assertTrue(is_even(n))

    def test_labelled(self):
        for word in ["level", "python"]:
            with self.subTest("palindrome", word=word):
                self.assertEqual(word, word[::-1])

if __name__ == "__main__":
    unittest.main(verbosity=2)
