# A value pattern whose comparison raises: the traceback points at that
# alternative of the OR pattern, as CPython's does.
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x

def classify(p):
    match p:
        case 1 | 2:
            return "small"
        case _:
            return "other"

print(classify(1))
print(classify(Point(3)))
