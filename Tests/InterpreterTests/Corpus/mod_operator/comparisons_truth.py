# Comparison, identity and truth functions.
import operator

pairs = [(1, 2), (2, 2), (3, 2)]
for a, b in pairs:
    print(a, b, operator.lt(a, b), operator.le(a, b), operator.eq(a, b),
          operator.ne(a, b), operator.ge(a, b), operator.gt(a, b))

values = [0, 1, "", "hi", [], [0], None]
print([operator.truth(v) for v in values])
print([operator.not_(v) for v in values])

x = [1]
y = x
z = [1]
print(operator.is_(x, y), operator.is_(x, z), operator.is_not(x, z), operator.eq(x, z))
print(list(map(operator.gt, [5, 1, 7], [3, 3, 3])))

try:
    operator.lt(1, "a")
except TypeError as e:
    print("TypeError:", e)
