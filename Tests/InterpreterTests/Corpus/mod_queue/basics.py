import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print(q.get(), q.get_nowait(), q.get(block=False), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), str(e) == "")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

b = queue.Queue(maxsize=2)
b.put("a"); b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put("c", block=False)
except queue.Full:
    print("Full, not blocking")
print(list(b.queue))

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put(item)
while not pq.empty():
    print(pq.get())

sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")

print(queue.Empty, queue.Full, queue.SimpleQueue, queue.ShutDown)
print(issubclass(queue.Empty, Exception), issubclass(queue.LifoQueue, queue.Queue))
print(queue.Queue[int], type(q).__name__)
