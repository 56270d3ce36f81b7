import unittest

def withdraw(balance, amount):
    if amount > balance:
        raise ValueError(f"insufficient funds: {balance} < {amount}")
    return balance - amount

class Bank(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(withdraw(10, 3), 7)

    def test_raises_msg(self):
        with self.assertRaises(ValueError) as cm:
            withdraw(1, 5)
        self.assertEqual(str(cm.exception), "insufficient funds: 1 < 5")

    def test_raises_regex_fail(self):
        with self.assertRaisesRegex(ValueError, "not enough"):
            withdraw(1, 5)

    def test_wrong_exception(self):
        with self.assertRaises(TypeError):
            withdraw(1, 5)

    def test_callable_form(self):
        self.assertRaises(ValueError, withdraw, 5, 1)

if __name__ == "__main__":
    import io, re
    stream = io.StringIO()
    unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=1))
    text = re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue())
    print(re.sub(r'File ".*/', 'File "', text))
