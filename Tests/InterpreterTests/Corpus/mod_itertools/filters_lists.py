# takewhile stops at the first failure; dropwhile starts there; filterfalse keeps failures.
import itertools

readings = [3, 5, 8, 12, 4, 2, 15]
small = lambda r: r < 10
print(list(itertools.takewhile(small, readings)))
print(list(itertools.dropwhile(small, readings)))
print(list(filter(small, readings)), list(itertools.filterfalse(small, readings)))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, []])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress("ABC", itertools.cycle([True, False]))))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))

lines = ["# header", "# more", "data 1", "# not skipped", "data 2"]
print("\n".join(itertools.dropwhile(lambda s: s.startswith("#"), lines)))
print(sum(itertools.takewhile(lambda n: n < 100, itertools.count(1, 7))))
