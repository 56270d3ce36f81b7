# corpus: no-trace (CPython traces only the main thread; scopewalk runs thread targets in it)
import queue
import threading

q = queue.Queue()
for word in ["alpha", "beta", "gamma"]:
    q.put(word)
print("unfinished", q.unfinished_tasks)

def worker():
    while True:
        try:
            item = q.get_nowait()
        except queue.Empty:
            break
        print("processing", item)
        q.task_done()

t = threading.Thread(target=worker)
t.start()
q.join()
t.join()
print("all done", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

results = queue.Queue()
def square(n):
    results.put((n, n * n))
threads = [threading.Thread(target=square, args=(n,)) for n in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))

s = queue.Queue()
s.put(1)
s.shutdown()
try:
    s.put(2)
except queue.ShutDown as e:
    print("ShutDown", repr(e))
print(s.get())
try:
    s.get()
except queue.ShutDown:
    print("ShutDown on empty")
s2 = queue.Queue()
s2.put(1); s2.put(2)
s2.shutdown(immediate=True)
print(s2.qsize(), s2.unfinished_tasks, s2.is_shutdown)
