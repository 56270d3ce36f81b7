# del on list items and slices.
nums = list(range(10))
del nums[0]
del nums[-1]
del nums[::2]
print(nums)
del nums[1:3]
print(nums)
