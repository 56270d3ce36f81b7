# A file named like a library module (colorsys.py here, random.py in a first
# lesson) hides the library: CPython 3.13 asks to rename the file. A module
# read while its body still runs says so too.
# corpus: no-trace (the oracle sets sys.path[0] after CPython's startup, and
# CPython's hint looks at the startup one, so traced it gives plain messages)
import re
import colorsys

print(colorsys.HUE)
try:
    colorsys.rgb_to_hsv(1, 0, 0)
except AttributeError as exc:
    print(re.sub(r"'/[^']*/", "'", str(exc)))   # the file's full path: keep its name

try:
    import selfref_mod
except AttributeError as exc:
    print(re.sub(r"'/[^']*/", "'", str(exc)))

import string
try:
    string.shout
except AttributeError as exc:
    print(exc)
