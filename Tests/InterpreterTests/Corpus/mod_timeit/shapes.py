# Timings vary from run to run: only their types and shapes are printed
# (and no timing is kept in a variable, so traces are deterministic).
import timeit

def square_list(n):
    return [i * i for i in range(n)]

print(type(timeit.timeit("square_list(10)", setup="from __main__ import square_list", number=100)).__name__)
print(timeit.timeit(lambda: square_list(10), number=50) >= 0)
print(timeit.timeit("total = sum(data)", setup="data = list(range(20))", number=10) >= 0)
print(len(timeit.repeat("x = 2 ** 10", repeat=3, number=20)), min(timeit.repeat("x = 1", repeat=2, number=5)) >= 0)
data = [5, 3, 1]
print(timeit.timeit("sorted(data)", globals=globals(), number=10) >= 0)
timer = timeit.Timer("a + b", setup="a = 1\nb = 2")
print(timer.timeit(number=5) >= 0, len(timer.repeat(repeat=2, number=3)))
print(timeit.default_timer is __import__("time").perf_counter)
multi = """
s = 0
for i in range(3):
    s += i
"""
print(timeit.timeit(multi, number=3) >= 0)
calls = []
def counted():
    calls.append(1)
print(timeit.timeit(counted, number=7) >= 0, len(calls))
calls.clear()
timeit.Timer(counted, setup=lambda: calls.append("setup")).timeit(number=2)
print(calls)
print(timeit.Timer("pass").autorange()[1] >= 0.2)
print(timeit.timeit(number=0) >= 0, timeit.timeit("pass", number=1) >= 0)
