# Callable[[args], result] describes functions passed as values.
from typing import Callable, Iterable, Iterator, Sequence, Mapping, get_args

Handler = Callable[[int, str], bool]
print(Handler)
print(Callable[..., int], Callable[[], None])
print(get_args(Handler))


def apply(func: Callable[[int], int], values: Iterable[int]) -> Iterator[int]:
    for v in values:
        yield func(v)


def describe(table: Mapping[str, Sequence[int]]) -> None:
    for key, seq in table.items():
        print(key, "->", list(apply(lambda n: n * n, seq)))


describe({"small": [1, 2, 3], "big": (10, 20)})
for name, hint in apply.__annotations__.items():
    print(name, ":", hint)
print(describe.__annotations__["table"])

try:
    Callable[int]
except TypeError as e:
    print("TypeError:", e)
