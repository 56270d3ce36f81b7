# f_locals lists an inlined comprehension's variable where the comprehension
# first uses it, and two comprehensions with the same variable share a place.
def build(n):
    squares = [i * i for i in range(n)]
    total = 0
    for k in squares:
        total += k
    cubes = [i ** 3
             for i in range(n)]
    label = f"{n}: {total}"
    pairs = {i: i * 2 for i in range(2)}
    return label, cubes, pairs

print(build(3))
