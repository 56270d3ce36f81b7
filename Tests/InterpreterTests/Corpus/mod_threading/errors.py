# corpus: no-trace (CPython traces only the main thread; scopewalk runs thread targets in it)
import threading

def boom(x):
    print("about to fail", x)
    return 1 / x

t = threading.Thread(target=boom, args=(0,))
t.start()
t.join()
print("main goes on")

t = threading.Thread(target=boom, args=(2,))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)
tj = threading.Thread(target=join_self)
tj.start()
tj.join()

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

def leaves():
    raise SystemExit(3)
tl = threading.Thread(target=leaves)
tl.start()
tl.join()
print("SystemExit in a thread is silent")

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
tq = threading.Thread(target=boom, args=(0,), name="quiet")
tq.start()
tq.join()
print(seen)
threading.excepthook = threading.__excepthook__

class Bad(threading.Thread):
    def run(self):
        raise ValueError("bad value")
tb = Bad()
tb.start()
tb.join()
print("done")
