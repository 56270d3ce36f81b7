# A bare raise re-raises the exception being handled.
def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise


try:
    risky()
except ZeroDivisionError as exc:
    print("caught again:", exc)
