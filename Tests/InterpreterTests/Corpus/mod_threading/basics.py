# corpus: no-trace (CPython traces only the main thread; scopewalk runs thread targets in it)
import threading

results = []

def worker(n):
    results.append(n * n)
    print("worker", n, threading.current_thread().name)

def quiet(n):
    results.append((n, threading.current_thread().name))

threads = [threading.Thread(target=quiet, args=(i,)) for i in range(3)]
for t in threads:
    print(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print([t.is_alive() for t in threads])
print(threads[0].name, threads[0].daemon, threads[0].ident is not None)
print(repr(threads[0]).split(",")[0], "stopped" in repr(threads[0]))

t = threading.Thread(target=worker, args=(5,), name="custom")
t.start(); t.join()
t2 = threading.Thread(target=worker, kwargs={"n": 6}, daemon=True)
print(t2)
t2.start()
t2.join()
print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
print(threading.active_count(), len(threading.enumerate()))
print(type(threading.current_thread()).__name__)
print(threading.get_ident() == threading.main_thread().ident)

class Counter(threading.Thread):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.total = 0
    def run(self):
        for i in range(self.limit):
            self.total += i
        print("inside", self.name, threading.current_thread() is self)

c = Counter(10)
print(c)
c.start()
c.join()
print(c.total)

def lam():
    pass
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=print).name)
print(threading.Thread().name)
