# Yielding after catching GeneratorExit is an error.
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("refusing to stop")
            yield 2


def polite():
    try:
        yield 1
    except GeneratorExit:
        print("stopping politely")
        raise


p = polite()
next(p)
p.close()
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
