# Too many positional sub-patterns for __match_args__: a TypeError at match time.
class P:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
match P(1):
    case P(1):
        print("matched one")
match P(2):
    case P(a, b):
        print("never")
