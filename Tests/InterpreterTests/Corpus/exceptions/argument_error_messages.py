# TypeError messages of bad calls.
def two(a, b):
    pass


def kw(a, *, flag):
    pass


def none():
    pass


calls = [
    lambda: two(),
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=2),
    lambda: kw(1),
    lambda: kw(1, 2),
    lambda: none(1),
]
for call in calls:
    try:
        call()
    except TypeError as exc:
        print(exc)
