def show(t):
    if t:
        if t > 1:
            print(t)
        else:
            ...
show(1)
show(2)
show(0)
