# corpus: no-trace (CPython traces only the main thread; scopewalk runs thread targets in it)
# The worker patterns of threading lessons: a daemon worker started before
# the queue has items, a consumer stopped by a sentinel.
import queue
import threading

q = queue.Queue()

def worker():
    while True:
        item = q.get()
        print(f"Working on {item}")
        print(f"Finished {item}")
        q.task_done()

threading.Thread(target=worker, daemon=True).start()
for item in range(4):
    q.put(item)
q.join()
print("All work completed")

jobs = queue.Queue()
def consumer():
    while True:
        item = jobs.get()
        if item is None:
            break
        print("consumed", item)
    print("consumer done")

c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    jobs.put(i * 10)
jobs.put(None)
c.join()
print("main done", c.is_alive(), threading.active_count())
