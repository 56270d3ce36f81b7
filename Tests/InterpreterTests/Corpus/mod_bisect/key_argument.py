# key= (3.10+) searches by a field; note that x itself is NOT passed through key.
import bisect

people = [("ann", 19), ("bob", 25), ("cy", 31), ("dee", 40)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 25, key=age))
print(bisect.bisect_right(people, 25, key=age))
print(bisect.bisect(people, 100, key=age))

bisect.insort(people, ("eve", 28), key=age)
bisect.insort_left(people, ("fay", 25), key=age)
print(people)

words = ["a", "to", "tea", "team"]
print(bisect.bisect(words, 3, key=len), bisect.bisect_left(words, 3, key=len))
