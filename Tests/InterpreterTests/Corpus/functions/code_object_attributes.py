# __code__ describes the compiled function.
def example(a, b, c=1, *rest, key=None, **extra):
    local_one = a + b
    return local_one


code = example.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames)
print(code.co_firstlineno)


def second():
    pass


print(second.__code__.co_firstlineno, second.__code__.co_argcount)
print((lambda x, y: x).__code__.co_argcount)
