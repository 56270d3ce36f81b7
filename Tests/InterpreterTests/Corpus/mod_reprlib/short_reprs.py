# Lesson: keeping debug output short with reprlib.
import reprlib

big_list = list(range(100))
nested = {"scores": [[1, 2, [3, [4, [5, [6]]]]]], "name": "x" * 50}
print(reprlib.repr(big_list))
print(reprlib.repr("a" * 100))
print(reprlib.repr(2 ** 200))
print(reprlib.repr(nested))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple("abcdefgh")))

short = reprlib.Repr(maxlist=3, maxstring=10, maxlevel=2)
print(short.repr(big_list), short.repr("scopewalk debugger"), short.repr([[[1]]]))
pretty = reprlib.Repr(indent=4, maxlevel=3)
print(pretty.repr({"a": [1, 2], "b": (3,)}))


class Graph:
    """A node list that may contain itself."""

    def __init__(self, name):
        self.name = name
        self.links = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Graph({self.name!r}, {self.links!r})"


g = Graph("loop")
g.links.append(g)
g.links.append(Graph("leaf"))
print(g)
print(Graph.__repr__.__name__, Graph.__repr__.__doc__)
reprlib.Repr(indent=-2).repr([1, 2])
