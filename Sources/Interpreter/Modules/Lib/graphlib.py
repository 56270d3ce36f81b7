"""graphlib: TopologicalSorter and CycleError, as CPython 3.13 (same order of
ready nodes, same cycle reported). Left out: nothing documented."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1
_DONE = -2

# TopologicalSorter.static_order is a Python generator in CPython too.
__iterators_are_python__ = True


class _Info:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Subclass of ValueError raised by TopologicalSorter.prepare if cycles
    exist in the working graph."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._info = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _get(self, node):
        info = self._info.get(node)
        if info is None:
            info = self._info[node] = _Info(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._info[node].npredecessors = _OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _DONE
            for succ in info.successors:
                s = self._info[succ]
                s.npredecessors -= 1
                if s.npredecessors == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        infos = self._info
        stack = []
        iters = []
        seen = set()
        position = {}
        for node in infos:
            if node in seen:
                continue
            while True:
                if node in seen:
                    if node in position:
                        return stack[position[node]:] + [node]
                else:
                    seen.add(node)
                    iters.append(iter(infos[node].successors))
                    position[node] = len(stack)
                    stack.append(node)
                advanced = False
                while stack:
                    try:
                        node = next(iters[-1])
                        advanced = True
                        break
                    except StopIteration:
                        del position[stack.pop()]
                        iters.pop()
                if not advanced:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
