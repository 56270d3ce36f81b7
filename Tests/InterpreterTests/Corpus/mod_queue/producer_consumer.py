# corpus: no-trace (CPython traces only the main thread; scopewalk runs thread targets in it)
import queue
import threading

buffer = queue.Queue(maxsize=10)
SENTINEL = None

def producer(n):
    for i in range(n):
        buffer.put(f"item-{i}")
        print("produced", i)
    buffer.put(SENTINEL)

def consumer():
    got = []
    while True:
        item = buffer.get()
        if item is SENTINEL:
            buffer.task_done()
            break
        got.append(item)
        buffer.task_done()
    print("consumed", got)

p = threading.Thread(target=producer, args=(4,))
c = threading.Thread(target=consumer)
p.start()
p.join()
c.start()
c.join()
buffer.join()
print("queue empty:", buffer.empty())
