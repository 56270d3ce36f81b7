# Records as types.SimpleNamespace objects, sorted by an attribute
import types

people = [
    types.SimpleNamespace(name="Ann", age=31),
    types.SimpleNamespace(name="Bob", age=25),
    types.SimpleNamespace(name="Cy", age=40),
]
for p in sorted(people, key=lambda p: p.age):
    print(p.name, p.age)
oldest = max(people, key=lambda p: p.age)
oldest.age += 1
print(oldest)
print([p.name for p in people if p.age > 30])
