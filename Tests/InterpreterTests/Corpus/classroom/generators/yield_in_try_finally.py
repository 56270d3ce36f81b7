# finally in a generator runs when it finishes.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for v in guarded():
    print(v)
