# Seed 002, "Decorators and Closures": wrapper is a closure over func.
# Changed: the seed prints the elapsed time ("took 1.0012 seconds"), which
# differs on every run, so this prints only whether it is non-negative; and
# it sleeps 0.01 s instead of 1 s to keep the tests fast.
# corpus: no-trace (wrapper's locals hold wall-clock times, different on every run)
def timer_decorator(func):
    import time

    def wrapper(*args, **kwargs):
        start_time = time.time()
        result = func(*args, **kwargs)
        end_time = time.time()
        print(f"{func.__name__} took a non-negative time: {end_time - start_time >= 0}")
        return result

    return wrapper


@timer_decorator
def slow_function():
    import time
    time.sleep(0.01)
    return "Done!"


print(slow_function())
