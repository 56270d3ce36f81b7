# __init__ must return None.
class Weird:
    def __init__(self):
        return 5


try:
    Weird()
except TypeError as exc:
    print(exc)
