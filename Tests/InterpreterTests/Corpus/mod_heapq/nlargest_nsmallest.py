# The top or bottom few items, with or without a key.
import heapq

scores = [88, 42, 95, 67, 95, 71, 59, 100, 12]
print(heapq.nlargest(3, scores))
print(heapq.nsmallest(3, scores))
print(heapq.nlargest(1, scores), heapq.nsmallest(0, scores), heapq.nlargest(20, scores))

people = [
    {"name": "ann", "age": 31},
    {"name": "bob", "age": 25},
    {"name": "cy", "age": 47},
    {"name": "dee", "age": 25},
]
print([p["name"] for p in heapq.nsmallest(2, people, key=lambda p: p["age"])])
print([p["name"] for p in heapq.nlargest(2, people, key=lambda p: p["age"])])
print(heapq.nsmallest(4, "heapqueue"))
print(heapq.nlargest(2, iter([3, 1, 4, 1, 5, 9, 2, 6])))
print(heapq.nsmallest(3, [(2, "b"), (1, "z"), (1, "a"), (3, "c")]))
