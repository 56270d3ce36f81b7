import atexit

def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)

@atexit.register
def first():
    print("registered first, runs last")

atexit.register(goodbye, "ann")
atexit.register(goodbye, "bob", punctuation="?")
def never():
    print("unregistered: never runs")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
print(first.__name__, callable(first))
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("end of the program")
