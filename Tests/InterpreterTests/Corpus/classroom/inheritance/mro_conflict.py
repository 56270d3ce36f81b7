# Some base orders have no consistent method resolution order.
class A:
    pass


class B(A):
    pass


print([k.__name__ for k in B.__mro__])
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class D(B, A):
    pass


print([k.__name__ for k in D.__mro__])
