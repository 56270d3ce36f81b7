class A:
    def __delattr__(self, n):
        print("del", n)
        super().__delattr__(n)
a = A(); a.x = 1; del a.x; print(vars(a))
try:
    del a.y
except AttributeError as e:
    print(e)
class M(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)
class K(metaclass=M): pass
K.x = 1
print(K.x)
del K.x
print(hasattr(K, 'x'))
