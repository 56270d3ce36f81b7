# scopewalk runs threads one at a time: waits that no thread could end raise
# RuntimeError (CPython would hang). Only the non-hanging parts are compared.
import threading

lock = threading.Lock()
lock.acquire()
print(lock.acquire(False))
print(lock.acquire(timeout=0))
e = threading.Event()
print(e.wait(timeout=0))
print(threading.Semaphore(0).acquire(timeout=0))
c = threading.Condition(threading.Lock())
with c:
    print(c.wait(timeout=0), c.wait_for(lambda: False, timeout=0))
print(repr(c).startswith("<Condition(<locked _thread.lock object"), repr(c)[-4:])
