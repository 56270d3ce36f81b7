# Sorting records with a key: tuples, dicts and instances sorted by
# lambdas and by attribute, stable multi-pass sorts, sorted() with reverse.


class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age


def never_called():
    return "unreachable"


def run(n):
    seed = 12345
    rows = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        rows.append((f"s{seed % 10007}", seed % 100, 18 + seed % 7))
    by_grade = sorted(rows, key=lambda r: r[1])
    dicts = [{"name": a, "grade": g, "age": b} for a, g, b in rows]
    dicts.sort(key=lambda d: (d["age"], d["name"]))
    people = [Student(*r) for r in rows]
    people.sort(key=lambda s: s.name)
    people.sort(key=lambda s: s.grade, reverse=True)
    top = [p.name for p in people[:3]]
    return by_grade[0][1], dicts[0]["name"], top, sum(p.age for p in people[:100])


N = 60000  # bench: scale quick=600
print(run(N))
# bench: never-hit breakpoint at line 13
