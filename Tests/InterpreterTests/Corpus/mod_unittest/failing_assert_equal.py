import unittest

class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 2, 3)

    def test_wrong(self):
        self.assertEqual(3, 4)

    def test_message(self):
        self.assertEqual(2 * 2, 5, "multiplication is broken")

if __name__ == "__main__":
    unittest.main()
