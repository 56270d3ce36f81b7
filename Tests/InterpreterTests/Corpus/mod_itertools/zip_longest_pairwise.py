# zip_longest pads the shorter inputs; pairwise walks neighbours.
import itertools

names = ["ann", "bob", "cy"]
ages = [31, 25]
print(list(zip(names, ages)))
print(list(itertools.zip_longest(names, ages)))
print(list(itertools.zip_longest(names, ages, "x", fillvalue="?")))

temps = [12, 15, 11, 18, 18]
for before, after in itertools.pairwise(temps):
    change = after - before
    print(f"{before} -> {after}: {change:+}")

print(list(itertools.pairwise("ab")), list(itertools.pairwise("a")))
steps = [b - a for a, b in itertools.pairwise([1, 4, 9, 16, 25])]
print(steps)
