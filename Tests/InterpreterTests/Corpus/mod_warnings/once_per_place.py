import warnings
import sys

# Warnings shown on stdout (so the golden holds them), with the program's
# file name only (the absolute path depends on where the corpus lives).
def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print(text.replace(filename, filename.rsplit('/', 1)[-1]), end='')
warnings.showwarning = show
for i in range(3):
    warnings.warn("repeat")
def f():
    warnings.warn("in f", stacklevel=1)
f(); f()
warnings.warn(Warning("instance"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("quiet")
warnings.warn("loud")
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
