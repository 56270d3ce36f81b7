# scopewalk runs one thread at a time (start() runs the thread to its end):
# a wait no other thread could end raises RuntimeError instead of hanging
# (CPython would hang on each of these, or wait for another thread).
import queue
import threading

def consumer(q):
    print("consumer waits")
    q.get()
    print("never printed")

q = queue.Queue()
t = threading.Thread(target=consumer, args=(q,))
t.start()
t.join()
print("main goes on")
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
q.join()
