# Lesson: comparing two versions of a program.
import difflib

old = """def area(r):
    return 3.14 * r * r

print(area(2))
print("done")
""".splitlines(keepends=True)
new = """import math

def area(r):
    return math.pi * r * r

print(area(2))
print("finished")
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="v1.py", tofile="v2.py")))
print("".join(difflib.context_diff(old, new, fromfile="v1.py", tofile="v2.py", n=1)))
delta = list(difflib.ndiff(old, new))
print("".join(delta))
print("".join(difflib.restore(delta, 1)) == "".join(old))
for line in difflib.unified_diff(["a", "b", "c"], ["a", "B", "c"], lineterm=""):
    print(line)
list(difflib.unified_diff([1, 2], [1, 3]))
