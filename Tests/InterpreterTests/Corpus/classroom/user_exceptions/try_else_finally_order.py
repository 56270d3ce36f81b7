# try / except / else / finally: else runs only without an exception; finally always.
def attempt(x):
    try:
        result = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "failed"
    else:
        print("  else")
        return result
    finally:
        print("  finally")


print(attempt(2))
print(attempt(0))


def finally_overrides():
    try:
        return "from try"
    finally:
        print("  finally runs before the return completes")


print(finally_overrides())
