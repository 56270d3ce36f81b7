# float ** that overflows raises OverflowError with C's ERANGE pair as its
# args (errno 34, strerror), which its repr and args show.
try:
    x = 1e300 ** 2
except OverflowError as e:
    print(repr(e), e.args, str(e))
try:
    y = (10.0 ** 400)
except OverflowError as e:
    err = e
print(err.args[0], err)
