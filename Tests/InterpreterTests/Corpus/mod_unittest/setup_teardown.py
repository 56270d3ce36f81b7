import unittest

class TestStack(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        print("setUp", self._testMethodName)
        self.stack = [1, 2]

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_push(self):
        self.stack.append(3)
        self.assertEqual(self.stack, [1, 2, 3])

    def test_pop(self):
        self.assertEqual(self.stack.pop(), 2)

    def test_cleanup(self):
        self.addCleanup(print, "cleanup")
        self.assertEqual(len(self.stack), 2)

if __name__ == "__main__":
    unittest.main()
