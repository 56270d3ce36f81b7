# Anagram check and the most frequent letter
import collections


def is_anagram(a, b):
    return collections.Counter(a.replace(" ", "")) == collections.Counter(b.replace(" ", ""))


print(is_anagram("listen", "silent"))
print(is_anagram("dormitory", "dirty room"))
print(is_anagram("hello", "world"))
letters = collections.Counter("mississippi")
letter, count = letters.most_common(1)[0]
print(letter, count)
print(dict(letters))
print(list(letters.keys()), list(letters.values()))
