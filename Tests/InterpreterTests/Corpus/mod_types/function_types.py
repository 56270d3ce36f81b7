# Naming the types of functions, lambdas, builtins and generators
import types


def greet():
    return "hi"


def count():
    yield 1


print(types.FunctionType, types.LambdaType, types.BuiltinFunctionType)
print(isinstance(greet, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(len, types.FunctionType))
print(isinstance(count(), types.GeneratorType), isinstance(count, types.GeneratorType))
print(types.FunctionType is types.LambdaType)
