# Uncaught: a free variable read before its enclosing scope assigned it.
def outer():
    def show():
        print(message)
    show()
    message = "too late"


outer()
