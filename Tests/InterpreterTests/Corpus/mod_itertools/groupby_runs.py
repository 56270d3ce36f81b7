# groupby() groups consecutive items with the same key (sort first for full groups).
import itertools

for key, group in itertools.groupby("AAAABBBCCDAA"):
    print(key, len(list(group)))

print([k for k, g in itertools.groupby("AAAABBBCCDAA")])

words = ["apple", "bean", "avocado", "banana", "cherry", "blueberry"]
words.sort(key=lambda w: w[0])
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))

scores = [("ann", 90), ("bob", 72), ("cy", 95), ("dee", 68), ("eve", 81)]
band = lambda pair: pair[1] // 10 * 10
for grade, people in itertools.groupby(sorted(scores, key=band), key=band):
    print(grade, [name for name, _ in people])

groups = list(itertools.groupby("aabbb"))
print([(k, list(g)) for k, g in groups])
