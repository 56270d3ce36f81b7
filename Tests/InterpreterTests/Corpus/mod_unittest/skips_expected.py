import sys
import unittest

class TestSkips(unittest.TestCase):
    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.skipIf(sys.maxsize > 2, "big platform")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition false")
    def test_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 0)

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    def test_runs(self):
        self.assertIsNone(None)

if __name__ == "__main__":
    unittest.main(verbosity=2)
