# Counter, defaultdict, deque, heapq and itertools together: a word-graph walk.
import heapq
import itertools
from collections import Counter, defaultdict, deque


def never_called():
    return "unreachable"


def run(n):
    words = [f"w{(i * 7919) % 211}" for i in range(n)]
    counts = Counter(words)
    graph = defaultdict(list)
    for a, b in itertools.pairwise(words):
        graph[a].append(b)
    # breadth-first walk from the most common word
    start = counts.most_common(1)[0][0]
    seen = {start}
    queue = deque([start])
    order = 0
    while queue:
        w = queue.popleft()
        order += len(graph[w])
        for nxt in graph[w]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    heap = []
    for w, c in counts.items():
        heapq.heappush(heap, (-c, w))
    top = [heapq.heappop(heap)[1] for _ in range(5)]
    window = deque(maxlen=50)
    acc = 0
    for i, w in enumerate(itertools.islice(itertools.cycle(words), n)):
        window.append(len(w) + i % 3)
        acc += sum(window) if i % 50 == 0 else window[-1]
    groups = sum(1 for _ in itertools.groupby(sorted(words)))
    return len(seen), order, top, acc, groups


N = 1000000  # bench: scale quick=10000
seen, order, top, acc, groups = run(N)
print(f"seen={seen} edges={order} top={','.join(top)} acc={acc} groups={groups}")
# bench: never-hit breakpoint at line 8
