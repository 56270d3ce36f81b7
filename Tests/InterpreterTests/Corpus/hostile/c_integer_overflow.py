# Hostile sizes given to functions that take a C int/long/ssize_t: each is an
# OverflowError (or CPython's IndexError/ValueError), never a silent clamp.
import sys, gc, bisect, re, time
from collections import deque


class Huge:
    def __len__(self):
        return 2**70


class Negative:
    def __len__(self):
        return -2**70


class Floaty:
    def __len__(self):
        return 1.0


class BigIndex:
    def __index__(self):
        return 2**70


tests = [
    ("len 2**70", lambda: len(Huge())),
    ("bool 2**70", lambda: bool(Huge())),
    ("len -2**70", lambda: len(Negative())),
    ("bool -2**70", lambda: bool(Negative())),
    ("len float", lambda: len(Floaty())),
    ("bool float", lambda: bool(Floaty())),
    ("list[BigIndex]", lambda: [1][BigIndex()]),
    ("bytes[BigIndex]", lambda: b'a'[BigIndex()]),
    ("deque[BigIndex]", lambda: deque([1])[BigIndex()]),
    ("list * BigIndex", lambda: [1] * BigIndex()),
    ("setrecursionlimit 2**31", lambda: sys.setrecursionlimit(2**31)),
    ("setrecursionlimit -2**70", lambda: sys.setrecursionlimit(-2**70)),
    ("set_int_max_str_digits", lambda: sys.set_int_max_str_digits(2**70)),
    ("gc.set_threshold", lambda: gc.set_threshold(2**70)),
    ("gc.collect", lambda: gc.collect(2**70)),
    ("bisect hi", lambda: bisect.bisect([1, 2], 1, 0, 2**70)),
    ("deque maxlen", lambda: deque([1], maxlen=2**70)),
    ("deque rotate", lambda: deque([1]).rotate(2**70)),
    ("deque insert", lambda: deque([1]).insert(2**70, 5)),
    ("deque index", lambda: deque([1]).index(1, 2**70)),
    ("re.split maxsplit", lambda: re.split(',', 'a,b', maxsplit=2**63)),
    ("re.split maxsplit str", lambda: re.split(',', 'a,b', maxsplit='2')),
    ("re.sub count", lambda: re.sub('a', 'b', 'aaa', count=2**64)),
    ("strftime year", lambda: time.strftime('%Y', (2**40, 1, 1, 0, 0, 0, 0, 1, 0))),
    ("strftime year -2**40", lambda: time.strftime('%Y', (-2**40, 1, 1, 0, 0, 0, 0, 1, 0))),
    ("strftime year 2**70", lambda: time.strftime('%Y', (2**70, 1, 1, 0, 0, 0, 0, 1, 0))),
    ("sleep", lambda: time.sleep(2**70)),
    ("percent star width", lambda: '%*d' % (2**70, 1)),
    ("percent star precision", lambda: '%.*d' % (2**70, 1)),
    ("memoryview index", lambda: memoryview(b'ab')[2**70]),
    ("chr", lambda: chr(2**70)),
]
for name, t in tests:
    try:
        r = t()
        print(name, 'ok', repr(r)[:40])
    except Exception as e:
        print(name, type(e).__name__, e)
