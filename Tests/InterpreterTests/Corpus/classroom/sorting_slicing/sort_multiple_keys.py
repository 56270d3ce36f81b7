# Sorting by several keys with tuples and negation.
students = [("ann", "B", 88), ("bob", "A", 95), ("cy", "B", 92), ("di", "A", 95)]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
words = ["pear", "Fig", "apple", "kiwi", "Date"]
print(sorted(words, key=lambda w: (len(w), w.lower())))
