# An exception raised inside a generator propagates to the consumer.
def risky():
    yield 1
    raise ValueError("generator failed")


try:
    for v in risky():
        print(v)
except ValueError as exc:
    print("caught:", exc)
