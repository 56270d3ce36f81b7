# corpus: no-trace (a trace of 300,000 iterations; when automatic collection runs is not CPython's)
# Automatic collection: a loop that makes 300,000 cycles and never calls
# gc.collect() stays in bounded memory, and the __del__ of its cycles runs
# along the way (counted here, not printed, since when it runs is CPython's
# own business).
import gc

finalized = 0


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        global finalized
        finalized += 1


for i in range(300_000):
    Node()
print("most already finalized:", finalized > 290_000)
gc.collect()
print("all finalized:", finalized == 300_000)
gc.disable()
for i in range(5000):
    Node()
print("none while disabled:", finalized == 300_000)
gc.enable()
print(gc.collect())
