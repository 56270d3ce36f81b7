# Negative indices count from the end.
letters = ["a", "b", "c", "d"]
print(letters[-1], letters[-4], letters[len(letters) - 1])
word = "scope"
print(word[-1], word[-2:], word[:-2])
try:
    letters[-5]
except IndexError as exc:
    print(exc)
