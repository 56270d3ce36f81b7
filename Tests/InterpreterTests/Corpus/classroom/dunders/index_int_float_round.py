# __index__ lets an object act as an integer index; int(), float(), round() have their own hooks.
class Idx:
    def __index__(self):
        return 2


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 7.5

    def __round__(self, n=None):
        return f"round({n})"


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: [10, 20, 30][Idx()])
show(lambda: ("ab" * Idx(), bin(Idx()), hex(Idx())))
show(lambda: [1, 2, 3, 4][Idx():])
show(lambda: (int(Num()), float(Num()), round(Num()), round(Num(), 2)))
show(lambda: [0][Num()])
show(lambda: int(Idx()))
