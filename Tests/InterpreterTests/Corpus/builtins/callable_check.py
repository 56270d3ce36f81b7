# callable tells functions from other values.
def f():
    pass


print(callable(f), callable(len), callable(lambda: 0), callable(int))
print(callable(5), callable("f"), callable(None), callable([f]))
