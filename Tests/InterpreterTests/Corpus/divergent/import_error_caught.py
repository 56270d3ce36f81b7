# The error is a ModuleNotFoundError, itself an ImportError.
try:
    import socket
except ModuleNotFoundError as exc:
    print("ModuleNotFoundError:", exc)
try:
    import shutil.util
except ImportError as exc:
    print("ImportError:", exc)
print(issubclass(ModuleNotFoundError, ImportError))
