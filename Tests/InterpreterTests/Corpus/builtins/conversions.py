# Constructors: int, float, bool, str, list, tuple, dict, set.
print(int("7"), int(7.9), float("1.5"), float(2), bool(""), bool("x"))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)))
print(tuple([1, 2]), tuple("hi"), dict([("a", 1)]), set([2, 1, 2]))
print(int(), float(), str(), list(), tuple(), dict(), bool())
print(str(123) + "4", int("12") + 4)
