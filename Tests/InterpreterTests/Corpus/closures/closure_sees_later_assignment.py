# The closure reads the variable when it runs, not when it was defined.
def outer():
    msg = "first"

    def show():
        print(msg)
    show()
    msg = "second"
    show()
    return show


s = outer()
s()
print(s.__closure__[0].cell_contents)
