# Catching a base class catches its subclasses.
for make in (lambda: {}["k"], lambda: [][1], lambda: 1 / 0, lambda: int("z")):
    try:
        make()
    except LookupError as exc:
        print("LookupError caught", type(exc).__name__)
    except ArithmeticError as exc:
        print("ArithmeticError caught", type(exc).__name__)
    except Exception as exc:
        print("Exception caught", type(exc).__name__)
print(issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
