import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
cases = [
    ([1, 2, 3], [1, 2, 4]),
    ([1, 2, 3], [1, 2]),
    ((1, "a"), (1, "b")),
    ({"a": 1, "b": 2}, {"a": 1, "b": 3}),
    ({1, 2, 3}, {2, 3, 4}),
    ("hello world", "hello wurld"),
    ("line one\nline two\n", "line one\nline 2\n"),
    (list(range(30)), list(range(1, 31))),
]
for first, second in cases:
    try:
        t.assertEqual(first, second)
    except AssertionError as e:
        print(e)
        print("-" * 20)
try:
    t.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 1])
except AssertionError as e:
    print(e)
