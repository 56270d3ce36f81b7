from collections import defaultdict, Counter, OrderedDict, ChainMap, deque
from collections.abc import Mapping, Sequence, Callable
def f(d: defaultdict[str, list[int]], c: Counter[str]) -> Mapping[str, int]: ...
print(f.__annotations__)
a = defaultdict[str, int]
print(a, a.__origin__, a.__args__, a(), Sequence[int], Callable[[int, str], bool], ChainMap[str, int])
print(OrderedDict[str, int]() == {}, deque[int]([1, 2]))
import typing
print(typing.get_origin(Counter[str]), typing.get_args(Counter[str]))
