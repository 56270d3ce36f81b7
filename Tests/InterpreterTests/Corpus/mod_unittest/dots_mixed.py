import unittest

class TestDots(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.assertEqual([1, 2], [1, 3])

    def test_3(self):
        raise TypeError("bad type")

    @unittest.skip("later")
    def test_4(self):
        pass

    @unittest.expectedFailure
    def test_5(self):
        pass

if __name__ == "__main__":
    unittest.main()
