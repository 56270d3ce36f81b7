# global lets a function rebind a module-level name.
counter = 0


def increment():
    global counter
    counter += 1


for _ in range(5):
    increment()
print(counter)
