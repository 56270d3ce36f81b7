# bisect works on any sequence (len and [i]), compares with `<` only (a class's __lt__
# runs), takes lo/hi/key as CPython's C functions do, with their messages.
import bisect


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


versions = [Version(v) for v in ["1.0", "1.2", "1.10", "2.0"]]
print(bisect.bisect(versions, Version("1.9")), bisect.bisect_left(versions, Version("1.10")))
bisect.insort(versions, Version("1.3"))
print(versions)


class Squares:
    def __len__(self):
        return 10

    def __getitem__(self, i):
        print("  asked", i)
        return i * i


print(bisect.bisect_left(Squares(), 50))
print(bisect.bisect_right(range(0, 100, 5), 42), bisect.bisect_left("acegi", "d"))
rows = [("ann", 3), ("bob", 5), ("cy", 9)]
print(bisect.bisect_left(rows, 5, key=lambda r: r[1]))
bisect.insort_left(rows, ("dee", 5), key=lambda r: r[1])
print(rows)


class Log(list):
    def insert(self, i, x):
        print("  insert", i, x)
        super().insert(i, x)


log = Log([1, 3, 5])
bisect.insort_right(log, 4)
print(log)
for call in ["bisect.bisect_left(1, 2)", "bisect.bisect_left([1], 2, -1)", "bisect.bisect_left([1, 2], 2, 0, -1)",
             "bisect.bisect_left([1, 2], 2, 0, -5)", "bisect.bisect_left([1, 2], 2, 'a')",
             "bisect.bisect_left([1, 2], 2, 0, 'a')", "bisect.bisect_left([1, 2], 2, 0, 10)",
             "bisect.bisect_left({1: 2}, 2)", "bisect.bisect_left([1])", "bisect.bisect_left([1], 2, foo=1)",
             "bisect.bisect_left([1], 2, 0, 1, None)", "bisect.insort_left((1,), 2)", "bisect.bisect_left([1, 'a'], 2)",
             "bisect.bisect_left([1, 2], 2, lo=2 ** 70)", "bisect.bisect_left([1, 2], 2, hi=2 ** 70)",
             "bisect.bisect_left(x=1, a=[1])", "bisect.bisect_left([1, 2], 1.5, lo=True)", "bisect.bisect"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)
l = [1]
bisect.insort_left(l, 2, 5)
print(l)
