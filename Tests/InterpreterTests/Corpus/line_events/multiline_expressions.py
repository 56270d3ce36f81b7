# Bracketed expressions over lines: constants folded by CPython's AST
# optimizer (no line of their own), `in` over a list display, context
# managers whose items start on later lines, nested comprehensions.
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        return False


a = 3
shift = (2
         << 3)
mixed = (a
         + 2 ** 10
         - (7
            // 2))
print(shift, mixed)
if (a in [1,
          3]
        and a not in {4,
                      5}):
    print("member")
with (Managed("outer") as first,
      Managed(
          "inner") as second):
    print(first, second)
pairs = [(x, y)
         for x in range(2)
         for y in (1,
                   2)]
print(pairs)
print(list(x * y
           for x in range(2)
           for y in
           [3, 4]))
