# A new generator must be started with next() or send(None).
def echo():
    received = None
    while True:
        received = yield received
        print("got", received)


e = echo()
try:
    e.send("hi")
except TypeError as err:
    print("TypeError:", err)
print(e.send(None))
print(e.send("hello"))
print(next(e))
