# CPython's C callables come in five types, told apart by type() and repr:
# builtin_function_or_method, method_descriptor, wrapper_descriptor,
# method-wrapper and classmethod_descriptor.
def f():
    pass

class Thing:
    pass

t = Thing()
for label, obj in [('len', len), ('[].append', [].append), ('list.append', list.append),
                   ('object.__eq__', object.__eq__), ('t.__eq__', t.__eq__), ('f.__call__', f.__call__),
                   ('int.__add__', int.__add__), ('(1).__add__', (1).__add__), ('str.join', str.join),
                   ("dict.__dict__['fromkeys']", dict.__dict__['fromkeys']), ('dict.fromkeys', dict.fromkeys),
                   ('t.__init__', t.__init__), ('Thing.__repr__', Thing.__repr__)]:
    print(label, type(obj).__name__)
print(repr(object.__eq__), repr(list.append), repr(str.join))
print(repr(f.__call__).split(' at ')[0], repr(t.__eq__).split(' at ')[0])
print(repr([].append).split(' at ')[0], repr(len))
print(list.append([1], 2), object.__eq__(t, t), t.__eq__(1), f.__call__())
print(callable(object.__eq__), callable(t.__eq__), (1).__add__(2), int.__add__(3, 4))
