# What islice() and friends say when given bad arguments.
import itertools

attempts = [
    lambda: itertools.islice("abc", -1),
    lambda: itertools.islice("abc", 1, 2, 0),
    lambda: itertools.islice("abc", -2, 2),
    lambda: itertools.islice("abc", "x"),
    lambda: itertools.count("start"),
    lambda: itertools.product("ab", repeat=-1),
    lambda: itertools.permutations("ab", -1),
    lambda: list(itertools.chain([1], 2)),
    lambda: itertools.cycle(5),
]
for attempt in attempts:
    try:
        attempt()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(list(itertools.islice("abcdef", None)), list(itertools.islice("abcdef", 1, None, None)))
