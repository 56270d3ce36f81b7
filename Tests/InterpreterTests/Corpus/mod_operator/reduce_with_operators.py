# operator functions pair well with functools.reduce and map.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(operator.mul, range(1, 6)))
print(functools.reduce(operator.or_, [{1}, {2, 3}, {1, 4}]))
print(functools.reduce(operator.concat, [[1], [2, 3], []]))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))

prices = {"tea": 3, "cake": 5}
order = [("tea", 2), ("cake", 1), ("tea", 1)]
total = functools.reduce(operator.add, (prices[item] * qty for item, qty in order), 0)
print(total)
print(list(map(operator.neg, [1, -2, 3])))
