# corpus: no-trace (CPython traces only the main thread; scopewalk runs thread targets in it)
import threading

lock = threading.Lock()
counter = 0

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

ts = [threading.Thread(target=add, args=(100,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(type(lock).__name__, type(lock).__module__)

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
print(r.acquire(), r.acquire())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(threading.RLock()).split(" at ")[0])

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0))
s.release(2)
print(s.acquire(), repr(s).split(":")[-1])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
with b:
    print("inside bounded", repr(b).split(":")[-1])
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

pool = threading.BoundedSemaphore(2)
def limited(i):
    with pool:
        print("task", i, "running")
for i in range(3):
    t = threading.Thread(target=limited, args=(i,))
    t.start()
    t.join()
