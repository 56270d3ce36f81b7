import unittest

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def peek(self):
        return self._items[-1]

class StackTest(unittest.TestCase):
    def test_pop_empty(self):
        s = Stack()
        s.pop()

    def test_peek_after_push(self):
        s = Stack()
        s.push(1)
        s.push(2)
        self.assertEqual(s.peek(),
                         1)

    def test_lambda(self):
        f = lambda d: d["missing"]
        self.assertEqual(f({}), 1)

    def test_attr(self):
        s = Stack()
        s.size()

if __name__ == "__main__":
    import io, re
    stream = io.StringIO()
    unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=1))
    text = re.sub(r"in \d+\.\d+s", "in 0.000s", stream.getvalue())
    print(re.sub(r'File ".*/', 'File "', text))
