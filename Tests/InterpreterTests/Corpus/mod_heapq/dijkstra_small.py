# Shortest paths with a heap of (distance, node) pairs.
import heapq

graph = {
    "A": [("B", 4), ("C", 1)],
    "B": [("D", 1)],
    "C": [("B", 2), ("D", 5)],
    "D": [],
}


def shortest(start):
    dist = {start: 0}
    frontier = [(0, start)]
    while frontier:
        d, node = heapq.heappop(frontier)
        if d > dist[node]:
            continue
        for nxt, weight in graph[node]:
            nd = d + weight
            if nd < dist.get(nxt, 10 ** 9):
                dist[nxt] = nd
                heapq.heappush(frontier, (nd, nxt))
        print("visit", node, "frontier", frontier)
    return dist


print(shortest("A"))
