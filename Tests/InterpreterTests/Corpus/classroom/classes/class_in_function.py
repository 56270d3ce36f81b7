# A class defined inside a function is a new class on every call.
def make_class(label):
    class Tagged:
        tag = label

        def show(self):
            return "tag=" + self.tag
    return Tagged


A = make_class("a")
B = make_class("b")
print(A().show(), B().show(), A is B)
print(A.__qualname__)
