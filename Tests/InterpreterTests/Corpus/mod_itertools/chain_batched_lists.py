# chain() joins iterables; batched() cuts one into chunks; tee() copies an iterator.
import itertools

fruits = ["apple", "pear"]
print(list(itertools.chain(fruits, ("kale",), "xy")))
print(list(itertools.chain.from_iterable([[1, 2, 3], [4, 5], [], [6]])))
print(sum(itertools.chain(range(3), [10, 20])), list(itertools.chain()))

print(list(itertools.batched("ABCDEFG", 3)))
print(list(map(sum, itertools.batched(range(10), 4))))

try:
    list(itertools.batched("ABCDE", 2, strict=True))
except ValueError as e:
    print("ValueError:", e)

pair = itertools.tee(iter([1, 2, 3, 4]))
print(next(pair[0]), next(pair[0]), list(pair[1]), list(pair[0]))
print(len(itertools.tee("xyz", 3)), list(map(list, itertools.tee("xyz", 3))))
print(type(pair[0]).__name__, type(itertools.chain()).__name__)
