# A lesson's test helper (as exercise test suites write it): a with-block
# that expects an error whose message matches a pattern.  The context that
# assertRaisesRegex returns is the same class as assertRaises' one.
import unittest


def parse_age(text):
    if not text.isdigit():
        raise ValueError("age must be digits, got " + repr(text))
    return int(text)


class AgeTest(unittest.TestCase):
    def expect_error(self, exc):
        return self.assertRaisesRegex(exc, r".+")

    def test_good(self):
        self.assertEqual(parse_age("42"), 42)

    def test_bad(self):
        with self.expect_error(ValueError) as ctx:
            parse_age("forty")
        self.assertEqual(ctx.exception.args[0], "age must be digits, got 'forty'")
        print(type(ctx).__name__, ctx.expected_regex.pattern)

    def test_plain(self):
        with self.assertRaises(ValueError) as ctx:
            parse_age("")
        print(type(ctx).__name__, ctx.expected_regex)

    def test_wrong_type(self):
        try:
            self.assertRaisesRegex(42, "x")
        except TypeError as exc:
            print(exc)


if __name__ == "__main__":
    unittest.main()
