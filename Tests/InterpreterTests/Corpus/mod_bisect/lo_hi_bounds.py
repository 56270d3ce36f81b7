# lo and hi restrict the search to a slice of the list.
import bisect

a = [1, 3, 5, 7, 9, 11]
print(bisect.bisect_left(a, 6, 0, 3), bisect.bisect_left(a, 6, 4), bisect.bisect_left(a, 6, hi=2))
print(bisect.bisect_right(a, 100, 2, 4), bisect.bisect_right(a, -5, lo=3))

b = [5, 1, 2, 9]
bisect.insort(b, 3, 1, 3)
print(b)

try:
    bisect.bisect(a, 3, -1)
except ValueError as e:
    print("ValueError:", e)

try:
    bisect.bisect([1, "x"], 2)
except TypeError as e:
    print("TypeError:", e)
