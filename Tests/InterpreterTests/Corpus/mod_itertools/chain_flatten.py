# chain() joins iterables end to end without building a new list.
import itertools

fruits = ["apple", "pear"]
veg = ("kale",)
more = "xy"
print(list(itertools.chain(fruits, veg, more)))

matrix = [[1, 2, 3], [4, 5], [], [6]]
flat = itertools.chain.from_iterable(matrix)
print(type(flat).__name__, list(flat))
print(list(flat))

total = 0
for n in itertools.chain(range(3), [10, 20]):
    total += n
print("total", total)

words = ["hi", "yo"]
print(list(itertools.chain.from_iterable(words)))
print(list(itertools.chain()))
