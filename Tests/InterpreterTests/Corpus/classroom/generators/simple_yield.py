# A generator function returns a generator; the body runs on next().
def count_up(n):
    print("starting")
    i = 1
    while i <= n:
        yield i
        i += 1
    print("finished")


gen = count_up(3)
print("created")
print(next(gen))
print(list(gen))
