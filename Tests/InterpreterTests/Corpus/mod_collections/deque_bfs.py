# Breadth-first search with a collections.deque as the queue
import collections

graph = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
}


def bfs(start, goal):
    queue = collections.deque([[start]])
    seen = [start]
    while queue:
        path = queue.popleft()
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                queue.append(path + [nxt])


print(bfs("A", "F"))
print(bfs("C", "F"))
