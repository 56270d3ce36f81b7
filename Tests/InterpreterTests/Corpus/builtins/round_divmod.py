# round uses banker's rounding; divmod returns floor quotient and remainder.
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2))
print(round(3.14159, 3), round(1234, -2), round(1250, -2), round(-7.5))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
