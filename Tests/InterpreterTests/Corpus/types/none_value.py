# None: the value of functions without return.
def nothing():
    pass


result = nothing()
print(result, repr(result), result is None, type(result).__name__)
print([None, None], {None: 1}, None == 0, not None)
