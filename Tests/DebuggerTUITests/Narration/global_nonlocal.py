# commands: s*36
count = 0

def bump():
    global count
    count += 1

def make_counter():
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    return add

bump()
add = make_counter()
add(5)
print(count, add(2))
