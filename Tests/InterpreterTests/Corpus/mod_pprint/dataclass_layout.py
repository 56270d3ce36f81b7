import pprint
from dataclasses import dataclass, field
@dataclass
class P:
    name: str
    tags: list = field(default_factory=list)
pprint.pprint(P('a' * 30, list(range(20))), width=40)
pprint.pprint({'x': frozenset(range(5))}, width=20)
pprint.pprint([[1, [2, [3, [4, [5]]]]]], depth=3)
pprint.pp({'z': 1, 'a': 2})
pprint.pprint('x' * 100, width=40)
pprint.pprint({'long': 'word ' * 20}, width=50)
