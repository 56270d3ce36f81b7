# A bound on a type parameter, and a method with its own parameter.
class Box[T: (int, float)]:
    def __init__(self, value: T):
        self.value = value

    def map[U](self, f) -> "Box[U]":
        return Box(f(self.value))


b = Box(2).map(lambda v: v * 10)
print(b.value)
print(Box.map.__type_params__)
print(Box.__type_params__[0].__name__)


def clamp[N: (int, float)](x: N, lo: N, hi: N) -> N:
    return max(lo, min(x, hi))


print(clamp(15, 0, 10), clamp(-2.5, 0.0, 1.0))
