# A classmethod receives the class; handy for alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class Birthday(Date):
    pass


print(Date.from_string("2024-05-17"))
print(Birthday.from_string("1999-12-31"))
