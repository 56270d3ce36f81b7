# except* refuses group types and non-exceptions when it runs.
def attempt(kind):
    try:
        raise ValueError(kind)
    except* kind:
        print("caught")

for kind in [ExceptionGroup, (ValueError, BaseExceptionGroup), int]:
    try:
        attempt(kind)
    except TypeError as e:
        print(e, "| context:", repr(e.__context__))
