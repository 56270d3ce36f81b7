# Arithmetic as functions: the same results and errors as the operators themselves.
import operator

a, b = 7, 2
print(operator.add(a, b), operator.sub(a, b), operator.mul(a, b))
print(operator.truediv(a, b), operator.floordiv(a, b), operator.mod(a, b), operator.pow(a, b))
print(operator.floordiv(-7, 2), operator.mod(-7, 2))
print(operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.index(7))
print(operator.add("con", "cat"), operator.mul("ab", 3), operator.add([1], [2]))
print(operator.call(max, 3, 9, 4), operator.call(sorted, "cab", reverse=True))

try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

try:
    operator.add(1, "2")
except TypeError as e:
    print("TypeError:", e)

try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError:", e)
