# takewhile stops at the first failure; dropwhile starts there; filterfalse keeps failures.
import itertools

readings = [3, 5, 8, 12, 4, 2, 15]
print(list(itertools.takewhile(lambda r: r < 10, readings)))
print(list(itertools.dropwhile(lambda r: r < 10, readings)))
print(list(filter(lambda r: r < 10, readings)))
print(list(itertools.filterfalse(lambda r: r < 10, readings)))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, []])))

print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))

lines = ["# header", "# more", "data 1", "# not skipped", "data 2"]
for line in itertools.dropwhile(lambda s: s.startswith("#"), lines):
    print(line)
