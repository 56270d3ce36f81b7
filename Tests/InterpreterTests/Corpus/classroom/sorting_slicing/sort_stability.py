# Sorting is stable: equal keys keep their original order.
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25), ("ed", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name_then_age = sorted(sorted(people), key=lambda p: p[1])
print(by_name_then_age)
