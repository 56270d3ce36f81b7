# Count words with findall and a dict.
import re

text = """The cat sat on the mat. The mat was flat!
A cat's life: sleep, eat, sleep again."""

words = re.findall(r"[a-z']+", text.lower())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

for word in sorted(counts, key=lambda w: (-counts[w], w))[:5]:
    print(word, counts[word])
print(len(words), "words,", len(counts), "distinct")
