# heapify rearranges a list in place so that heap[k] <= heap[2k+1] and heap[2k+2].
import heapq

data = [9, 7, 5, 3, 1, 8, 6, 4, 2, 0]
heapq.heapify(data)
print(data)
print(all(data[k] <= data[c] for k in range(len(data)) for c in (2 * k + 1, 2 * k + 2) if c < len(data)))

words = ["pear", "apple", "fig", "banana", "cherry"]
heapq.heapify(words)
print(words, words[0])

letters = list("heapsort")
heapq.heapify(letters)
print(letters)
print([heapq.heappop(letters) for _ in range(len(letters))])

try:
    heapq.heapify((3, 1, 2))
except TypeError as e:
    print("TypeError:", e)
