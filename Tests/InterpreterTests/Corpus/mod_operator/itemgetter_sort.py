# Sorting records by a field with operator.itemgetter instead of a lambda.
import operator

students = [("ann", "B", 21), ("bob", "A", 19), ("cy", "B", 20), ("dee", "A", 22)]
print(sorted(students, key=operator.itemgetter(2)))
print(sorted(students, key=operator.itemgetter(1, 0)))
print(max(students, key=operator.itemgetter(2))[0])

inventory = [{"item": "pen", "qty": 30}, {"item": "ink", "qty": 4}, {"item": "pad", "qty": 12}]
for row in sorted(inventory, key=operator.itemgetter("qty"), reverse=True):
    print(row["item"], row["qty"])

print(operator.itemgetter(1)("xyz"), operator.itemgetter(0, -1)("xyz"))
print(operator.itemgetter(slice(1, 3))([10, 20, 30, 40]))
print(list(map(operator.itemgetter(0), students)))
print(operator.itemgetter(2), operator.itemgetter("qty", 0))

try:
    operator.itemgetter(5)([1, 2])
except IndexError as e:
    print("IndexError:", e)
