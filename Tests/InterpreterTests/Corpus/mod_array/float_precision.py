# 'f' stores single-precision floats, 'd' double precision.
from array import array

f = array("f", [0.1, 1.5, 1 / 3])
d = array("d", [0.1, 1.5, 1 / 3])
print(f)
print(d)
print(f[0] == 0.1, d[0] == 0.1)
print(array("f", [1e39, -1e39, 16777217]))
print([round(x, 6) for x in f])
