# Two inner functions close over the same variable: they share one cell.
def make_pair():
    value = 0

    def get():
        return value

    def set(new):
        nonlocal value
        value = new
    return get, set


get, set_ = make_pair()
print(get())
set_(99)
print(get())
print(get.__closure__[0] is set_.__closure__[0])
print(get.__closure__[0].cell_contents)
