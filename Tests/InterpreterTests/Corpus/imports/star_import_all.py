# `from m import *` honours __all__, else skips _names.
from star_mod import *
print(visible, also)
try:
    print(hidden)
except NameError as e:
    print("NameError:", e)
from nostar_mod import *
print(public, helper())
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
