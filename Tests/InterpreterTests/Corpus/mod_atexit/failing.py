import atexit

def broken():
    print("broken runs")
    return 1 / 0

def after():
    print("still runs after the broken one")

atexit.register(after)
atexit.register(broken)
print("main done")
