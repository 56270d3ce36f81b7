# The order in which try, except, else and finally blocks run.
def attempt(divisor):
    try:
        print("try", divisor)
        result = 10 // divisor
    except ZeroDivisionError:
        print("except")
        result = None
    else:
        print("else")
    finally:
        print("finally")
    return result


print(attempt(2))
print(attempt(0))
