# commands: s*40
def make():
    shared = 0
    def inc():
        nonlocal shared
        shared += 1
        return shared
    def dec():
        nonlocal shared
        shared -= 1
        return shared
    def get():
        return shared
    return inc, dec, get

inc, dec, get = make()
inc()
dec()
print(get())
