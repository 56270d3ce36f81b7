import unittest

def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError("age must be positive")
    return age

class TestParse(unittest.TestCase):
    def test_context_manager(self):
        with self.assertRaises(ValueError) as cm:
            parse_age("-3")
        print("caught:", cm.exception)

    def test_callable_form(self):
        self.assertRaises(ValueError, parse_age, "abc")

    def test_regex(self):
        with self.assertRaisesRegex(ValueError, "positive"):
            parse_age("-1")

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            parse_age("42")

if __name__ == "__main__":
    unittest.main()
