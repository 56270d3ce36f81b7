# Assigning to a slice replaces part of a list, changing its length.
nums = [0, 1, 2, 3, 4, 5]
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[:0] = [-1]
print(nums)
nums[len(nums):] = [99]
print(nums)
nums[2:5] = []
print(nums)
nums[:] = "xy"
print(nums)
