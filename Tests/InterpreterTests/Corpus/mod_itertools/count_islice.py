# count() never ends; islice() takes a finite piece of any iterator.
import itertools

counter = itertools.count(5)
print(next(counter), next(counter), next(counter))
print(counter)
print(itertools.count(1, 3), itertools.count(0, 0.5), itertools.count(10, -1))

evens = itertools.islice(itertools.count(0, 2), 6)
print(list(evens))
print(list(itertools.islice("ABCDEFGH", 3)))
print(list(itertools.islice("ABCDEFGH", 2, 6)))
print(list(itertools.islice("ABCDEFGH", 1, None, 3)))

numbers = iter(range(10))
print(list(itertools.islice(numbers, 4)), "then", next(numbers))

for i, letter in zip(itertools.count(1), "xyz"):
    print(i, letter)
