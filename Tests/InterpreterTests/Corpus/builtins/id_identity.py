# id() is an identity: compare ids instead of printing them.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a[:]))


def returns_same(x):
    return x


print(id(returns_same(a)) == id(a))
print(type(id(a)).__name__)
