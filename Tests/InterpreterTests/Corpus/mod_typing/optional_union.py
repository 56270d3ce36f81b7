# Optional[X] is Union[X, None]; typing normalises and prints them like CPython.
from typing import Optional, Union, List, get_origin, get_args

hints = [
    Optional[int],
    Union[int, None],
    Union[int, str],
    Union[int, str, None],
    Optional[Union[int, str]],
    Union[int, Union[str, float]],
    Union[int, int],
    Optional[List[str]],
]
for hint in hints:
    print(hint, "| origin:", get_origin(hint), "| args:", get_args(hint))

print(Optional[int] == Union[int, None])
print(Union[int, str] == Union[str, int])
print(Optional[int] | str)

try:
    Optional[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)


def greet(name: Optional[str] = None) -> str:
    if name is None:
        return "Hello, stranger"
    return "Hello, " + name


print(greet(), "/", greet("Ada"))
print(greet.__annotations__)
