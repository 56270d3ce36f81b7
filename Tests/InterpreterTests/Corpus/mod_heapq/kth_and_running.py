# Two classic heap exercises: the k-th largest and a running median.
import heapq


def kth_largest(nums, k):
    heap = nums[:k]
    heapq.heapify(heap)
    for n in nums[k:]:
        if n > heap[0]:
            heapq.heapreplace(heap, n)
    return heap[0]


print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest([7, 7, 7], 1))

low, high = [], []
for x in [5, 15, 1, 3, 8, 7]:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    median = -low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2
    print(x, low, high, median)
