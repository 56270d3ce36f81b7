import warnings
import sys

# Warnings shown on stdout (so the golden holds them), with the program's
# file name only (the absolute path depends on where the corpus lives).
def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print(text.replace(filename, filename.rsplit('/', 1)[-1]), end='')
warnings.showwarning = show
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", RuntimeWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[1].category)
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=UserWarning)
warnings.warn("hidden")
print("end")
