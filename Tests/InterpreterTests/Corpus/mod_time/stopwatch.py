# corpus: no-trace  (the clock values differ between runs)
import time

def timed(fn):
    def wrapper(*args):
        t0 = time.perf_counter()
        result = fn(*args)
        elapsed = time.perf_counter() - t0
        print(f"{fn.__name__} took {'little' if elapsed < 5 else 'long'}")
        return result
    return wrapper

@timed
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(30))
stamp = time.gmtime(1_000_000_000)
print("Billennium:", time.strftime("%Y-%m-%d %H:%M:%S UTC", stamp))
print(time.asctime(stamp))
print(time.ctime(1_000_000_000 - time.timezone if time.daylight == 0 else 1_000_000_000)[-4:])
days = (time.mktime((2025, 1, 1, 0, 0, 0, 0, 0, -1)) - time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, -1))) / 86400
print(days)
