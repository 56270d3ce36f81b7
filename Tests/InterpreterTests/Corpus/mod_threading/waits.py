# corpus: no-trace (CPython traces only the main thread; scopewalk runs thread targets in it)
# Threads that wait for each other: a Condition, a Barrier, an Event set by
# the main thread (output collected and printed after the joins).
import threading

cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        print("got", items.pop())
def producer():
    with cond:
        items.append("data")
        cond.notify()
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print("condition done", items)

barrier = threading.Barrier(3)
passed = []
def runner(n):
    barrier.wait()
    passed.append(n)
ts = [threading.Thread(target=runner, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(passed), barrier.n_waiting, barrier.broken)

ready = threading.Event()
log = []
def waiter():
    ready.wait()
    log.append("event received")
w = threading.Thread(target=waiter)
w.start()
ready.set()
w.join()
print(log, w.is_alive())

sem = threading.Semaphore(0)
got = []
def taker():
    sem.acquire()
    got.append("took")
tk = threading.Thread(target=taker)
tk.start()
sem.release()
tk.join()
print(got)
