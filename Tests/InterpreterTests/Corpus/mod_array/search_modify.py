# index, count, remove, reverse work like the list methods.
from array import array

a = array("h", [5, 3, 5, 1, 5])
print(a.count(5), a.index(3), a.index(5, 1))
a.remove(5)
print(a)
a.reverse()
print(a)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
print(3 in a, 42 in a)
