# Counting words with collections.Counter
import collections

text = "the cat sat on the mat the cat ran"
counts = collections.Counter(text.split())
print(counts)
print(counts["the"], counts["dog"])
print(counts.most_common(2))
print(counts.total(), len(counts))
for word, n in counts.most_common(3):
    print(f"{word:>4}: {'*' * n}")
