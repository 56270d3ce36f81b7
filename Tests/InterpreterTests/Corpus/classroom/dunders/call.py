# __call__ makes instances callable, like closures with visible state.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x + self.n


add5 = Adder(5)
print(add5(1), add5(10), add5.calls, callable(add5))
