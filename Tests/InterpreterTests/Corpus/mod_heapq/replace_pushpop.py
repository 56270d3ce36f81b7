# heapreplace pops then pushes; heappushpop pushes then pops. The order matters.
import heapq

heap = [1, 3, 5, 7, 9]
print(heapq.heapreplace(heap, 4), heap)
print(heapq.heapreplace(heap, 0), heap)

heap = [1, 3, 5, 7, 9]
print(heapq.heappushpop(heap, 4), heap)
print(heapq.heappushpop(heap, 0), heap)
print(heapq.heappushpop([], 8))

try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)

# Keep the 3 largest values seen so far in a size-3 min-heap.
top = []
for value in [4, 10, 2, 8, 15, 7, 1]:
    if len(top) < 3:
        heapq.heappush(top, value)
    else:
        heapq.heappushpop(top, value)
    print(value, top)
print(sorted(top, reverse=True))
