# Builtins consume generator expressions.
words = ["closure", "cell", "scope", "frame"]
print(sum(len(w) for w in words))
print(max(len(w) for w in words), min(w[::-1] for w in words))
print(sorted((w for w in words), key=lambda w: w[-1]))
print(list(zip(words, map(len, words))))
