import unittest

class TestOne(unittest.TestCase):
    def test_pass(self):
        self.assertGreaterEqual(5, 5)

    def test_fail(self):
        self.assertIn("z", "abc")

program = unittest.main(exit=False, verbosity=0)
result = program.result
print("run:", result.testsRun)
print("failures:", len(result.failures))
print("ok:", result.wasSuccessful())
