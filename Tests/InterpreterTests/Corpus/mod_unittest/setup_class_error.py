import unittest

class TestBroken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("database unavailable")

    def test_never(self):
        pass

class TestFine(unittest.TestCase):
    def test_works(self):
        self.assertIsInstance([], list)

if __name__ == "__main__":
    unittest.main()
