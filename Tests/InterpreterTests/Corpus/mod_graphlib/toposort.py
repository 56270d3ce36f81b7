from graphlib import TopologicalSorter, CycleError

courses = {'algebra': ['arithmetic'], 'calculus': ['algebra', 'trig'], 'trig': ['algebra']}
print(list(TopologicalSorter(courses).static_order()))

ts = TopologicalSorter()
ts.add('deploy', 'test', 'build')
ts.add('test', 'build')
ts.add('build', 'fetch')
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, bool(ts))

loop = TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []})
try:
    loop.prepare()
except CycleError as e:
    print("CycleError:", e.args[0], e.args[1])

checks = TopologicalSorter({1: [2], 2: []})
for attempt in [checks.get_ready, lambda: checks.done(1)]:
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)
checks.prepare()
print(checks.get_ready())
for attempt in [lambda: checks.done(3), lambda: checks.done(1), lambda: checks.add(5),
                checks.prepare]:
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)
checks.done(2)
try:
    checks.done(2)
except ValueError as e:
    print("ValueError:", e)
print(checks.get_ready(), issubclass(CycleError, ValueError), TopologicalSorter[str])
