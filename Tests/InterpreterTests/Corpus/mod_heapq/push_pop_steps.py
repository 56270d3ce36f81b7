# Watch the heap list change: the smallest item is always at index 0.
import heapq

heap = []
for value in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(heap, value)
    print("push", value, "->", heap)

while heap:
    smallest = heapq.heappop(heap)
    print("pop ", smallest, "->", heap)

try:
    heapq.heappop(heap)
except IndexError as e:
    print("IndexError:", e)
