# Type hints are stored, not checked: __annotations__ holds the objects.
from typing import List, Dict, Optional, Tuple, Any


def average(scores: List[float]) -> float:
    return sum(scores) / len(scores)


def lookup(table: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return table.get(key, default)


def pair(x: Any, y: Any) -> Tuple[Any, Any]:
    return (x, y)


print(average([3.0, 4.0, 5.0]))
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))
print(pair(1, "one"))
for func in (average, lookup, pair):
    print(func.__name__)
    for name, hint in func.__annotations__.items():
        print("   ", name, "->", hint)

# Hints do not stop wrong types at run time.
print(average([1, 2]))
count: int = "not a number"
print(count, __annotations__)
