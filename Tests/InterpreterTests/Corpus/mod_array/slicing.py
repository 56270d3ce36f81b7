# Slices of an array are arrays; slice assignment needs an array too.
from array import array

a = array("i", range(10))
print(a[2:5], a[::3], a[::-1][:3])
a[0:3] = array("i", [100])
print(a)
del a[1:4]
print(a)
a[0] = -1
print(a[0], a == array("i", [-1, 5, 6, 7, 8, 9]), a < array("i", [0]))
try:
    a[0:2] = [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    a[50]
except IndexError as e:
    print("IndexError:", e)
