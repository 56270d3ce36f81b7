# The typecode limits what can be stored.
from array import array

for code, value in [("i", 1.5), ("i", "7"), ("b", 200), ("b", -129), ("B", -1), ("H", 70000), ("d", "x")]:
    try:
        array(code, [value])
    except (TypeError, OverflowError) as e:
        print(code, repr(value), type(e).__name__, e)
print(array("b", [127, -128]), array("B", [0, 255]))
try:
    array("z")
except ValueError as e:
    print(e)
array("i", [1, 2]).append(3.0)
