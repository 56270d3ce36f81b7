import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
checks = [
    (t.assertEqual, (3, 4)),
    (t.assertTrue, (False,)),
    (t.assertFalse, ([1],)),
    (t.assertIn, (1, [2, 3])),
    (t.assertNotIn, (2, [2, 3])),
    (t.assertIs, (1, None)),
    (t.assertIsNone, ("x",)),
    (t.assertIsNotNone, (None,)),
    (t.assertIsInstance, (5, str)),
    (t.assertGreater, (1, 2)),
    (t.assertLessEqual, (3, 2)),
    (t.assertAlmostEqual, (1.0, 1.1)),
    (t.assertNotEqual, ("a", "a")),
]
for method, args in checks:
    try:
        method(*args)
    except AssertionError as e:
        print(method.__name__, "->", e)
try:
    t.assertAlmostEqual(1.0, 1.5, delta=0.1)
except AssertionError as e:
    print(e)
