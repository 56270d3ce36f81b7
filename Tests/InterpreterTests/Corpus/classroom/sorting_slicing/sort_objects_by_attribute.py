# Sorting objects with a key function reading an attribute.
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def __repr__(self):
        return f"{self.name}({self.priority})"


tasks = [Task("write", 2), Task("test", 1), Task("ship", 3), Task("plan", 1)]
print(sorted(tasks, key=lambda t: t.priority))
tasks.sort(key=lambda t: t.name, reverse=True)
print(tasks)
