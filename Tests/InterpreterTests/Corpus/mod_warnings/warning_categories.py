import warnings
import sys

# Warnings shown on stdout (so the golden holds them), with the program's
# file name only (the absolute path depends on where the corpus lives).
def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print(text.replace(filename, filename.rsplit('/', 1)[-1]), end='')
warnings.showwarning = show

class MyWarning(UserWarning):
    pass

def check(value):
    if value < 0:
        warnings.warn(f"negative value {value}", MyWarning)
    if value > 100:
        warnings.warn("too big", RuntimeWarning)
    return abs(value)

print(check(-5))
print(check(500))
warnings.simplefilter("ignore", MyWarning)
print(check(-7))
with warnings.catch_warnings(action="error"):
    try:
        check(101)
    except RuntimeWarning as e:
        print("as error:", e)
print(issubclass(MyWarning, Warning), [c.__name__ for c in MyWarning.__mro__])
