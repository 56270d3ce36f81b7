# `from M import name` where M answers attributes itself (sys's module __getattr__, a module's
# PEP 562 __getattr__): a missing name is an ImportError.
import sys

try:
    from sys import _jit
except ImportError as e:
    print("ImportError:", e, e.name)
else:
    print("found", _jit)

from sys import version_info
print(version_info[:2])

from lazy_attrs_mod import answer
print(answer)
def import_question():
    # Not bound to a name: the exception's message holds the module's absolute
    # path, which must not reach the trace's locals.
    try:
        from lazy_attrs_mod import question
    except ImportError:
        print("ImportError:", sys.exc_info()[1].name)


import_question()

