class Broken:
    def __bytes__(self):
        return "not bytes"

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

print(b"%r" % Point(1, 2), b"%a" % Point("\xe9", 2))
for make in [lambda: b"%s" % Broken(), lambda: b"%s" % Point(1, 2), lambda: b"%d" % Point(1, 2),
             lambda: b"%s" % 3.5, lambda: b"%s" % None, lambda: b"%c" % -1, lambda: b"%c" % 3.0,
             lambda: b"%*d" % ("x", 1), lambda: b"%(k)s %s" % {b"k": b"v"}, lambda: b"% d|%-+5d|" % (7, 7)]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__ + ":", e)
