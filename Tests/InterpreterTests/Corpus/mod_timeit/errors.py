import sys
import timeit

# The exception is read from sys.exc_info() (not bound to a name), so the
# trace's locals do not show a SyntaxError's repr.
for stmt, setup in [(42, "pass"), ("pass", 42), ("x = = 1", "pass"), ("pass", "y = )")]:
    try:
        timeit.Timer(stmt, setup)
    except ValueError:
        print("ValueError:", sys.exc_info()[1])
    except SyntaxError:
        print("SyntaxError:", sys.exc_info()[1].msg)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.timeit("1 / 0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    timeit.timeit("return 5", number=1)
except SyntaxError:
    print("SyntaxError:", sys.exc_info()[1].msg)
