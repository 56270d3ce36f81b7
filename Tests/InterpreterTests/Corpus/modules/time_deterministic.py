# Only deterministic uses of time: a later reading is never smaller than an
# earlier one. No reading is stored in a variable, so the trace is
# deterministic too.
import time

print(time.time() <= time.time())
time.sleep(0.01)
print(type(time.time()).__name__)
print(time.time() > 1_600_000_000)
print(time.time() - time.time() <= 0)
