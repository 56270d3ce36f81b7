# super() without arguments only works inside a method.
class A:
    def hello(self):
        return "hello from A"


class B(A):
    def hello(self):
        return super().hello() + " via B"


print(B().hello())


def helper():
    return super().hello()


helper()
