# x += 1 both reads and assigns x, so x is local and unbound at the read.
count = 0


def bump():
    count += 1


try:
    bump()
except UnboundLocalError as exc:
    print(type(exc).__name__, "-", exc)
    print(isinstance(exc, NameError))
