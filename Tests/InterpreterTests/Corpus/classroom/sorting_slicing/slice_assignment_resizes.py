# Slice assignment can grow, shrink, insert and delete; extended slices cannot resize.
a = list(range(6))
a[1:3] = ["x", "y", "z", "w"]
print(a)
a[2:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [99]
print(a)
del a[::2]
print(a)
b = list(range(6))
b[::2] = "ABC"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
