# CPython's messages for a missing module and a missing name.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    from greet import nope
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    import greet.sub
except ModuleNotFoundError as e:
    print(e)
from greet import hellp
