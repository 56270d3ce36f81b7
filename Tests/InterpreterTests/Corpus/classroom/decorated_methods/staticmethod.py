# A staticmethod takes no self.
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b


print(MathUtil.add(2, 3), MathUtil().add(4, 5))
print(type(MathUtil.__dict__["add"]).__name__)
