# A to-do list ordered by priority: (priority, order, task) tuples in a heap.
import heapq

tasks = []
counter = 0


def add(priority, task):
    global counter
    heapq.heappush(tasks, (priority, counter, task))
    counter += 1


add(3, "write report")
add(1, "fix bug")
add(2, "review PR")
add(1, "reply to email")
add(5, "lunch")
print(tasks)

while tasks:
    priority, order, task = heapq.heappop(tasks)
    print(f"[{priority}] {task}")
