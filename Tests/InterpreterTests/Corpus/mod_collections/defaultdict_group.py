# Grouping words by their first letter with collections.defaultdict(list)
import collections

words = ["apple", "bread", "avocado", "banana", "cherry", "blueberry"]
groups = collections.defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
print(groups["c"], groups["z"])
print(len(groups), "z" in groups)
for letter in sorted(groups):
    print(letter, "->", ", ".join(groups[letter]))
