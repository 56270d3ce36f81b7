# The heap functions compare with `<` only, so a class's __lt__ decides (and each
# comparison is a call the debugger steps into); CPython's messages for misuse.
import heapq

calls = 0


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        global calls
        calls += 1
        return self.priority < other.priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


heap = []
for p, n in [(5, "write"), (1, "plan"), (3, "test"), (2, "read"), (4, "ship")]:
    heapq.heappush(heap, Task(p, n))
    print(heap)
print(heapq.heappop(heap), heap, calls)
print(heapq.heapreplace(heap, Task(0, "fix")), heap)
print(heapq.heappushpop(heap, Task(9, "late")), heap)
print(heapq.heappushpop(heap, Task(-1, "now")), heap)
tasks = [Task(p, str(p)) for p in [9, 4, 7, 1, 8, 2, 6, 3, 5]]
heapq.heapify(tasks)
print(tasks, calls)
print(heapq.nsmallest(3, tasks), heapq.nlargest(2, tasks))

maxheap = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(maxheap)
print(maxheap, heapq._heappop_max(maxheap), heapq._heapreplace_max(maxheap, 0), maxheap)


class Shrinker:
    def __lt__(self, other):
        heap.clear()
        return True


for call in ["heapq.heappush(1, 2)", "heapq.heappush([])", "heapq.heappop(1)", "heapq.heappop([])",
             "heapq.heapify((1,))", "heapq.heapreplace([], 1)", "heapq.heappushpop((), 1)",
             "heapq.heappushpop([], 1)", "heapq.heappush(heap=[], item=1)", "heapq.heappop()",
             "heapq.heappush([1, 'a'], 2)", "heapq.heappush(heap, Shrinker())"]:
    heap = [Shrinker(), Shrinker()]
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)
print(heapq.heappush, heapq.heappush.__module__, heapq.merge.__module__)
