# getclosurevars shows where each name a function uses comes from.
import inspect

TAX = 0.2


def make_pricer(discount):
    def price(amount):
        return round(amount * (1 - discount) * (1 + TAX), 2)
    return price


pricer = make_pricer(0.1)
cv = inspect.getclosurevars(pricer)
print(cv.nonlocals)
print(cv.globals)
print(cv.builtins)
print(cv.unbound)
print(pricer(100))
