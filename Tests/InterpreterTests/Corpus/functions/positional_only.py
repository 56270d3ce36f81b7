# Parameters before / must be passed by position.
def power(base, exp=2, /, *, mod=None):
    result = base ** exp
    return result if mod is None else result % mod


print(power(3), power(2, 10), power(2, 10, mod=100))
try:
    power(base=3)
except TypeError as exc:
    print(exc)
