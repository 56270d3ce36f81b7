# CPython's messages for a missing module and a missing name.
import importcheck
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e, "|", e.name)
print(importcheck.attempt("from greet import nope"))
try:
    import greet.sub
except ModuleNotFoundError as e:
    print(e)
print(importcheck.attempt("from greet import hellp"))
