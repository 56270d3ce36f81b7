# Annotation scopes in a class body see the class namespace (__classdict__); generic aliases run in their own scope.
X = float
class C:
    X = int
    def f[T](self, x: X, y: T) -> list[X]:
        return [x]
    class Inner[U]:
        attr: X
        def g(self, u: U) -> U:
            return u
print(C.f.__annotations__)
print(C().f(3, 4), C.Inner.__type_params__, C.Inner.__qualname__)
print(C.Inner[int])
def outer():
    Y = bytes
    class K:
        Y = str
        def h[V](self) -> Y:
            return Y
    return K
print(outer().h.__annotations__, outer()().h())
class Node[T]:
    def __init__(self, v: T, nxt: "Node[T] | None" = None):
        self.v, self.nxt = v, nxt
    def map[U](self, f) -> "Node[U]":
        return Node(f(self.v))
print(Node(2).map(str).v, Node.__mro__)
type Alias[K, V] = dict[K, list[V]]
print(Alias, Alias.__value__, Alias.__type_params__, Alias[int, str])
type Plain = int | str
print(Plain.__value__, Plain.__type_params__)
