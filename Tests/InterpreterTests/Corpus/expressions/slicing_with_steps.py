# Slices: start, stop and step, including negative steps.
s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[::2], s[1::3])
print(s[::-1], s[-2::-2], s[5:1:-1])
print(s[100:], s[-100:2], s[3:3])
nums = list(range(10))
print(nums[::3], nums[8:2:-2], nums[-3:])
print((1, 2, 3, 4)[1:3])
