# Extended slices need a sequence of exactly the same length.
nums = list(range(8))
nums[::2] = ["e"] * 4
print(nums)
nums[::-3] = [0, 0, 0]
print(nums)
nums[::2] = [1, 2]
