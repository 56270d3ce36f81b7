import warnings
warnings.filterwarnings("error", message="bad.*")
try:
    warnings.warn("bad thing")
except UserWarning as e:
    print("raised", e)
warnings.warn("good thing")
def custom(message, category, filename, lineno, file=None, line=None):
    print("CUSTOM:", message, category.__name__, lineno)
warnings.showwarning = custom
warnings.warn("routed")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "code()"))
