import warnings
import sys

# Warnings shown on stdout (so the golden holds them), with the program's
# file name only (the absolute path depends on where the corpus lives).
def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print(text.replace(filename, filename.rsplit('/', 1)[-1]), end='')
warnings.showwarning = show
def f():
    warnings.warn("deprecated f", DeprecationWarning, stacklevel=2)
    return 1
f()
f()
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("rt", RuntimeWarning)
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once msg")
print(warnings.filters[:1])
try:
    warnings.warn("x", "notacategory")
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except ValueError as e:
    print(e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f()
print(len(log), log[0].message, log[0].category.__name__, log[0].lineno)
print(str(log[0]).startswith("{message : DeprecationWarning('deprecated f')"))
