import unittest

class TestA(unittest.TestCase):
    def test_b(self):
        self.assertEqual(1, 1)

    def test_a(self):
        self.assertEqual(1, 2)

    def helper(self):
        pass

loader = unittest.TestLoader()
print(loader.getTestCaseNames(TestA))
suite = loader.loadTestsFromTestCase(TestA)
print(suite.countTestCases())
for test in suite:
    print(test, "|", test.id())
result = unittest.TextTestRunner(verbosity=0).run(suite)
print(result)
print(result.wasSuccessful(), result.testsRun, len(result.failures))
print(result.failures[0][0])
