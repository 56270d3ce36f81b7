# A timing context manager (elapsed time compared, never printed).
import time


class Timer:
    def __enter__(self):
        self.start = time.time()
        return self

    def __exit__(self, *exc):
        self.ok = time.time() - self.start >= 0
        return False

    def __repr__(self):
        return "<Timer>"


with Timer() as t:
    time.sleep(0.01)
print(t.ok)
