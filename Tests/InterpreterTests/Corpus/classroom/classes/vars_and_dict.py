# An instance's attributes live in its __dict__.
class Config:
    def __init__(self):
        self.debug = False
        self.level = 3


c = Config()
print(vars(c))
c.extra = "added"
print(c.__dict__)
setattr(c, "level", 5)
print(getattr(c, "level"), hasattr(c, "debug"), hasattr(c, "nope"))
delattr(c, "extra")
print(vars(c))
