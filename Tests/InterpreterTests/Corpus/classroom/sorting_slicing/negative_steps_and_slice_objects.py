# Negative steps walk backwards; slice objects can be stored and reused.
s = "abcdefgh"
print(s[::-1], s[-1:-4:-1], s[5:1:-2], s[1:5:-1] == "")
middle = slice(2, 6)
evens = slice(None, None, 2)
print(s[middle], s[evens], [10, 20, 30, 40][evens])
print(middle.start, middle.stop, middle.step, slice(1, 10, 3).indices(5))
nums = list(range(10))
print(nums[-3:], nums[:-7], nums[100:], nums[-100:2])
try:
    nums[::0]
except ValueError as e:
    print("ValueError:", e)
