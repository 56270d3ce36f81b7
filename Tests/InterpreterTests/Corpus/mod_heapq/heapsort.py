# Heapsort in two lines, and a max-heap by negating values.
import heapq


def heapsort(items):
    heap = list(items)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]


print(heapsort([5, 2, 9, 1, 5, 6]))
print(heapsort("python"))

max_heap = []
for n in [5, 2, 9, 1]:
    heapq.heappush(max_heap, -n)
print(max_heap)
print([-heapq.heappop(max_heap) for _ in range(len(max_heap))])
