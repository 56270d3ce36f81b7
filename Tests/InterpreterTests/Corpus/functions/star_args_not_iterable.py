# Unpacking something that is not iterable (or not a mapping) into a call or
# a display: the error names the callee when *x is the only positional part.
class Point:
    def __init__(self, *coords):
        self.coords = coords


def total(*numbers, **options):
    return sum(numbers)


attempts = [
    lambda: total(*None),
    lambda: total(1, *5),
    lambda: total(*[1, 2], *3.5),
    lambda: total(**None),
    lambda: Point(*42),
    lambda: print(*7),
    lambda: [*None],
    lambda: max(**[1]),
    lambda: total(a=1, **{"a": 2}),
    lambda: Point(**{1: "x"}),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
print(total(*range(4)), total(*"", **{}))
total(*len)
