# A method can rebind a variable of the function that defines its class.
def make_counter_class():
    total = 0

    class Counter:
        def add(self, n):
            nonlocal total
            total += n
            return total
    return Counter


C = make_counter_class()
a, b = C(), C()
a.add(5)
print(b.add(10))
print(C.add.__code__.co_freevars)
