# merge() combines already-sorted inputs lazily into one sorted stream.
import heapq

morning = [1, 4, 9]
noon = [2, 3, 10, 11]
night = [0, 5]
print(list(heapq.merge(morning, noon, night)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([], [1], [])))
print(list(heapq.merge()))

logs_a = [(1, "a-start"), (4, "a-end")]
logs_b = [(2, "b-start"), (3, "b-end")]
print([event for _, event in heapq.merge(logs_a, logs_b)])
print(list(heapq.merge([1, 3], [1, 2], [1])))
