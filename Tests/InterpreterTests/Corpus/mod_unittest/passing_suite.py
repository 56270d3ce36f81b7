import unittest

def add(a, b):
    return a + b

class TestAdd(unittest.TestCase):
    def test_ints(self):
        self.assertEqual(add(2, 3), 5)

    def test_strings(self):
        self.assertEqual(add("ab", "cd"), "abcd")

    def test_lists(self):
        self.assertListEqual(add([1], [2]), [1, 2])

    def test_true(self):
        self.assertTrue(add(1, 1) == 2)
        self.assertIn(3, [add(1, 2)])

if __name__ == "__main__":
    unittest.main()
