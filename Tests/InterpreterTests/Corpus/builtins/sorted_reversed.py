# sorted returns a new list; reversed an iterator.
nums = [3, 1, 2]
print(sorted(nums), nums)
print(sorted(nums, reverse=True), sorted("cab"), sorted({"b": 1, "a": 2}))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(reversed(nums)), list(reversed("abc")), list(reversed(range(4))))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
