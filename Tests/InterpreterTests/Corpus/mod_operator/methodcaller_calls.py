# methodcaller names a method (and its arguments) to call on whatever it is given.
import operator

words = ["  apple ", "Banana", " cherry"]
print(list(map(operator.methodcaller("strip"), words)))
print(list(map(operator.methodcaller("upper"), words)))

split_csv = operator.methodcaller("split", ",")
print(split_csv("a,b,c"), split_csv("x"))

pad = operator.methodcaller("rjust", 6, "*")
print(pad("42"), pad("hello"))
print(sorted(["b.txt", "A.py", "c.md"], key=operator.methodcaller("lower")))
print(operator.methodcaller("count", "a")("banana"))
print(split_csv, pad, operator.methodcaller("sort", reverse=True))

nums = [3, 1, 2]
operator.methodcaller("sort", reverse=True)(nums)
print(nums)

try:
    operator.methodcaller()
except TypeError as e:
    print("TypeError:", e)
