# + and * build new arrays of the same kind; += and *= work in place.
from array import array

a = array("i", [1, 2])
b = array("i", [3])
print(a + b, a * 3, 2 * b)
a += b
a *= 2
print(a)
try:
    a + [4]
except TypeError as e:
    print("TypeError:", e)
try:
    a + array("d", [1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    a.extend(array("d", [1.0]))
except TypeError as e:
    print("TypeError:", e)
