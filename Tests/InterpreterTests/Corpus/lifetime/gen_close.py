# close() throws GeneratorExit at the paused yield.
def worker():
    print("start")
    try:
        while True:
            item = yield
            print("working on", item)
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")


w = worker()
next(w)
w.send("a")
w.send("b")
w.close()
print("closed")
w.close()
print("closed again is fine")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "closing value"


r = returns_on_close()
next(r)
print(r.close())
