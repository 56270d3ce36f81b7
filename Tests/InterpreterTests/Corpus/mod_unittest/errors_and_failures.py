import unittest

class TestMixed(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(len("abc"), 3)

    def test_zero_division(self):
        return 1 / 0

    def test_key_error(self):
        data = {"a": 1}
        self.assertEqual(data["b"], 2)

    def test_fails(self):
        self.assertTrue(False, "expected to be true")

if __name__ == "__main__":
    unittest.main()
