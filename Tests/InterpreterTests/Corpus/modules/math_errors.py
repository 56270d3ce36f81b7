# math domain errors.
import math

for fn, arg in ((math.sqrt, -1), (math.log, 0), (math.factorial, -1)):
    try:
        fn(arg)
    except ValueError as exc:
        print(fn.__name__, "->", exc)
