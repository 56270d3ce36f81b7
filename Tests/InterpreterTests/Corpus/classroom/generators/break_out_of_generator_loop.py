# Breaking out of a for loop leaves the generator paused; it can resume later.
def numbers():
    n = 0
    while True:
        n += 1
        yield n


gen = numbers()
for x in gen:
    if x == 3:
        break
print("stopped at", x)
print(next(gen), next(gen))
for x in gen:
    if x > 6:
        break
print("then", x)
