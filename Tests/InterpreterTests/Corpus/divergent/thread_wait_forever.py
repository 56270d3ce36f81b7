# scopewalk runs one thread at a time (start() runs the thread at once): a
# wait that no other thread could end raises RuntimeError instead of hanging
# (CPython would hang on each of these).
import queue
import threading

def consumer(q):
    print("consumer waits")
    print("consumer got", q.get())

q = queue.Queue()
t = threading.Thread(target=consumer, args=(q,))
t.start()                      # parked: it waits before changing anything
try:
    t.join()                   # nothing will ever be put on q
except RuntimeError as e:
    print("RuntimeError:", e)
print("alive:", t.is_alive())
try:
    threading.Event().wait()
except RuntimeError as e:
    print("RuntimeError:", e)
lock = threading.Lock()
lock.acquire()
try:
    lock.acquire()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Barrier(2).wait()
except RuntimeError as e:
    print("RuntimeError:", e)
q.put(1)
t.join()                       # now the consumer starts again and gets 1
print("alive:", t.is_alive())
q.put(2)
q.join()                       # nobody calls task_done() for 1 and 2
