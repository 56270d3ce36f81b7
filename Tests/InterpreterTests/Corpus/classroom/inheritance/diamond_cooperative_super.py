# In a diamond, super() follows the MRO, so the shared base runs once.
class Base:
    def __init__(self):
        print("Base")


class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()


class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom")
        super().__init__()


Bottom()
print([k.__name__ for k in Bottom.mro()])
print(Bottom.__bases__)
