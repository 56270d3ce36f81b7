# throw() raises an exception at the paused yield; the generator may handle it.
def worker():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except ValueError as e:
            print("worker saw:", e)
            total = 0


w = worker()
next(w)
print(w.send(5), w.send(10))
print(w.throw(ValueError("reset")))
print(w.send(1))
try:
    w.throw(KeyError("boom"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(w, "finished"))
