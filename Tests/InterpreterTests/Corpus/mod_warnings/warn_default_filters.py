import warnings
warnings.warn("this is deprecated", DeprecationWarning)
warnings.warn("careful!")
def old():
    warnings.warn("old() is old", DeprecationWarning, stacklevel=2)
old()
warnings.warn("user thing", UserWarning)
print("after")
