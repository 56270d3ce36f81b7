# A generator expression evaluates its first iterable at once, the rest lazily.
items = [1, 2, 3]
gen = (x * 10 for x in items)
items = [7, 8, 9]
print(list(gen))

factor = 2
scaled = (x * factor for x in [1, 2, 3])
factor = 100
print(list(scaled))

try:
    bad = (x for x in 42)
except TypeError as e:
    print("TypeError:", e)
