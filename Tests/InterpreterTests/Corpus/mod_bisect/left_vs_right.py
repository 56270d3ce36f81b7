# bisect_left goes before equal items, bisect_right (= bisect) after them.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))

left = bisect.bisect_left(a, 4)
right = bisect.bisect_right(a, 4)
print("4 appears", right - left, "times, at", list(range(left, right)))
print(bisect.bisect_left([], 3), bisect.bisect_right(["b", "d"], "c"))
