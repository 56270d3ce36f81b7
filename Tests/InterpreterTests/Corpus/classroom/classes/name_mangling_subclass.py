# Each class mangles with its own name, so a subclass cannot clobber __x.
class Base:
    def __init__(self):
        self.__token = "base"

    def base_token(self):
        return self.__token


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__token = "child"

    def child_token(self):
        return self.__token


c = Child()
print(c.base_token(), c.child_token())
print(sorted(vars(c)))
print(Child.__dict__.get("_Child__token"), "_Base__token" in vars(c))
