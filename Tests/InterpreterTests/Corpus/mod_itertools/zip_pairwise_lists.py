# zip_longest pads the shorter inputs; pairwise walks neighbours.
import itertools

names = ["ann", "bob", "cy"]
ages = [31, 25]
print(list(zip(names, ages)))
print(list(itertools.zip_longest(names, ages)))
print(list(itertools.zip_longest(names, ages, "x", fillvalue="?")))
print(list(itertools.zip_longest()))

temps = [12, 15, 11, 18, 18]
print(list(itertools.pairwise(temps)))
print(list(itertools.starmap(lambda a, b: b - a, itertools.pairwise(temps))))
print(list(itertools.pairwise("ab")), list(itertools.pairwise("a")))

for i, (before, after) in enumerate(itertools.pairwise(temps)):
    print(i, f"{before} -> {after}: {after - before:+}")
