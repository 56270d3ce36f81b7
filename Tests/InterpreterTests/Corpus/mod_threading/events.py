# corpus: no-trace (CPython traces only the main thread; scopewalk runs thread targets in it)
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.01), repr(e).split(": ")[-1])
def setter():
    print("setting")
    e.set()
tt = threading.Thread(target=setter)
tt.start()
tt.join()
print(e.is_set(), e.wait(), e.wait(1))
e.clear()
print(e.is_set(), repr(e).split(": ")[-1])

cond = threading.Condition()
items = []
def produce(i):
    with cond:
        items.append(i)
        cond.notify()
for i in range(3):
    threading.Thread(target=produce, args=(i,)).start()
with cond:
    print(cond.wait_for(lambda: len(items) == 3), items)
    print(cond.wait(0.01))
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as ex:
    print("RuntimeError:", ex)
try:
    cond.wait(0)
except RuntimeError as ex:
    print("RuntimeError:", ex)

b = threading.Barrier(1)
print(b.parties, b.n_waiting, b.broken, b.wait())
b2 = threading.Barrier(1, action=lambda: print("action ran"))
print(b2.wait())
try:
    threading.Barrier(0)
except ValueError as ex:
    print("ValueError:", ex)
b3 = threading.Barrier(2)
b3.abort()
print(b3.broken, repr(b3).split(": ")[-1])
try:
    b3.wait()
except threading.BrokenBarrierError as ex:
    print("BrokenBarrierError", repr(ex))
b3.reset()
print(b3.broken)

fired = []
t = threading.Timer(0.5, fired.append, args=["tick"])
print(t.name.startswith("Thread-"), type(t).__name__)
t.start(); t.join()
print(fired)
t2 = threading.Timer(0.5, fired.append, args=["never"])
t2.cancel(); t2.start(); t2.join()
print(fired)

data = threading.local()
data.x = "main"
def show(v):
    print("thread sees", hasattr(data, "x"))
    data.x = v
    print("thread set", data.x)
ts = threading.Thread(target=show, args=("t1",))
ts.start()
ts.join()
print("main still", data.x)

class MyLocal(threading.local):
    def __init__(self, start):
        self.count = start
ml = MyLocal(10)
def bump():
    ml.count += 1
    print("thread count", ml.count)
tb = threading.Thread(target=bump)
tb.start()
tb.join()
print("main count", ml.count)
