# Sorting mixed or None values raises TypeError; a key function can fix it.
values = [3, None, 1, None, 2]
try:
    sorted(values)
except TypeError as e:
    print("TypeError:", e)
print(sorted(values, key=lambda v: (v is None, v or 0)))
scores = {"ann": 3, "bob": 1}
print(sorted(scores), sorted(scores.items(), key=lambda kv: kv[1]))
try:
    [1, "two", 3].sort()
except TypeError as e:
    print("TypeError:", e)
lst = [5, 2, 9]
print(lst.sort(), lst)
print(sorted("hello"), sorted((3, 1, 2), reverse=True))
