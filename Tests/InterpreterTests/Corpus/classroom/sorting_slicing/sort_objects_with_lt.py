# sorted() only needs __lt__; min/max use it too.
class Task:
    def __init__(self, name, priority):
        self.name, self.priority = name, priority

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = [Task("write", 2), Task("test", 1), Task("ship", 3), Task("lint", 1)]
print(sorted(tasks))
print(min(tasks), max(tasks))
print(sorted(tasks, key=lambda t: t.name))
tasks.sort(reverse=True)
print(tasks)
