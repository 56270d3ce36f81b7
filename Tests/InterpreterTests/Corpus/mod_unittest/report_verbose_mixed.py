import unittest

class Palindrome(unittest.TestCase):
    """Palindrome checks."""

    def is_pal(self, s):
        s = "".join(c.lower() for c in s if c.isalnum())
        return s == s[::-1]

    def test_simple(self):
        """A plain palindrome."""
        self.assertTrue(self.is_pal("racecar"))

    def test_sentence(self):
        self.assertTrue(self.is_pal("A man, a plan, a canal: Panama"))

    def test_not(self):
        """Not a palindrome (fails on purpose)."""
        self.assertTrue(self.is_pal("python"), "python is not a palindrome")

    @unittest.skip("not ready")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise RuntimeError("boom")

if __name__ == "__main__":
    import io, re
    stream = io.StringIO()
    unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    text = re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue())
    print(re.sub(r'File ".*/', 'File "', text))
