# Functions that accept several types: branch on the value, the hint documents it.
from typing import Union, Optional, List, Any, get_type_hints


def to_list(value: Union[int, str, List[int]]) -> List[int]:
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return [int(part) for part in value.split(",")]
    return [value]


def find(items: List[str], target: str) -> Optional[int]:
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def log(message: str, *args: Any, level: str = "INFO", **extra: Any) -> None:
    print(f"[{level}] {message}", args, extra)


print(to_list(5), to_list("1,2,3"), to_list([7, 8]))
print(find(["a", "b"], "b"), find(["a"], "z"))
log("started", 1, 2, level="DEBUG", user="ada")
for func in (to_list, find, log):
    print(func.__name__, get_type_hints(func))
print(log.__defaults__, log.__kwdefaults__)
