# * and ** unpack sequences and dicts into arguments.
def point(x, y, z=0):
    return (x, y, z)


coords = [1, 2]
options = {"z": 9}
print(point(*coords))
print(point(*coords, **options))
print(point(**{"x": 5, "y": 6}))
print(point(*range(3)))
print(*[1, 2], *"ab")
