# __call__ makes instances callable, keeping state between calls.
class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, step=1):
        self.calls += step
        return self.calls


tick = Counter()
print(tick(), tick(), tick(10))
print(callable(tick), callable(Counter), callable(tick.calls))
print(list(map(tick, [1, 1])))
tick.calls()
