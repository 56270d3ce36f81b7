# sort and sorted with key and reverse; sort is stable.
words = ["banana", "Apple", "cherry", "date", "fig"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs, key=lambda p: p[0]))
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums, nums.sort())
