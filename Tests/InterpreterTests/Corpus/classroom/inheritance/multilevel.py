# Three levels of inheritance and super() chains.
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(B):
    def who(self):
        return ["C"] + super().who()


print(C().who())
print([k.__name__ for k in C.__mro__])
