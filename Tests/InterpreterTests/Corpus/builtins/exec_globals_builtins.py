# eval/exec with a globals dict: CPython puts __builtins__ in it before the
# code runs, globals() inside is that dict, and a __builtins__ of one's own
# restricts the builtin names the code can see. (The dicts are kept in a
# Box: a variable holding the builtins' dict would show it in the trace.)
import builtins

class Box:
    pass

box = Box()
print(type(eval('__builtins__', {})).__name__)

box.g = {'a': 1}
exec('b = a + 1\nprint(sorted(globals()))', box.g)
print(sorted(box.g), type(box.g['__builtins__']).__name__)
print(box.g['__builtins__'] is builtins.__dict__)
print(type(globals()['__builtins__']).__name__, __builtins__ is builtins)

try:
    print(eval('len([1])', {'__builtins__': {}}))
except NameError as e:
    print('NameError:', e)
print(eval('x * 2', {'__builtins__': {}, 'x': 5}))
print(eval('abs(-3)', {'__builtins__': {'abs': abs}}))
print(eval('__builtins__', {'__builtins__': 7}))

def run_in_dict(box):
    box.ns = {}
    exec('def h(): return 42', box.ns)
    return box.ns['h'](), sorted(box.ns)
print(run_in_dict(box))

box.ns = {}
exec('globals()["made"] = 3\nprint(made)', box.ns)
print(box.ns['made'])

box.loc = {}
exec('y = 2', {}, box.loc)
print(box.loc)
