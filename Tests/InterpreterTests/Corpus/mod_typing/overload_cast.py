# Helpers that matter only to type checkers still run: they are (almost) no-ops.
from typing import overload, cast, TYPE_CHECKING, NewType, no_type_check, List, Union, get_overloads

print("TYPE_CHECKING is", TYPE_CHECKING)
if TYPE_CHECKING:
    print("never printed at run time")


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2


print(double(4), double("ab"), len(get_overloads(double)))

raw = ["1", "2"]
items = cast(List[int], raw)
print(items is raw, items)

UserId = NewType("UserId", int)
uid = UserId(42)
print(UserId, uid, type(uid).__name__, UserId.__supertype__)


@no_type_check
def anything(a: "not a type") -> "whatever":
    return a


print(anything(3), anything.__no_type_check__)

try:
    @overload
    def lonely(x: int) -> int: ...
    lonely(1)
except NotImplementedError as e:
    print("NotImplementedError:", str(e)[:44])
