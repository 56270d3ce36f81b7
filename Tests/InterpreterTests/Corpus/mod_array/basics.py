# An array stores numbers of one C type, named by a typecode.
from array import array

a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1])
print(a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a)
print(a.pop(), a.pop(0), a)
print(a.tolist(), type(a.tolist()))
print(array("d"), array("d", [1, 2.5]))
print(type(a), sum(a), max(a))
