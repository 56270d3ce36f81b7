import unittest

class TestStrings(unittest.TestCase):
    def test_upper(self):
        """upper() makes capitals."""
        self.assertEqual("abc".upper(), "ABC")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])

    def test_strip(self):
        """strip() removes spaces
        on both sides."""
        self.assertEqual(" x ".strip(), "y")

if __name__ == "__main__":
    unittest.main(verbosity=2)
