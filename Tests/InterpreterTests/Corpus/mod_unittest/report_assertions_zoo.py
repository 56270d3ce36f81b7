import unittest

class Zoo(unittest.TestCase):
    def test_true(self):
        self.assertTrue(0)

    def test_in(self):
        self.assertIn("x", ["a", "b"])

    def test_is_none(self):
        self.assertIsNone(5)

    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_str_multiline(self):
        self.assertEqual("hello\nworld\n", "hello\nthere\n")

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.35)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_isinstance(self):
        self.assertIsInstance("s", int)

    def test_raises_missing(self):
        with self.assertRaises(KeyError):
            pass

    def test_not_equal(self):
        self.assertNotEqual(3, 3)

    def test_dict(self):
        self.assertDictEqual({"a": 1}, {"a": 2})

if __name__ == "__main__":
    import io, re
    stream = io.StringIO()
    unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=1))
    text = re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue())
    print(re.sub(r'File ".*/', 'File "', text))
