# SystemExit is an exception and can be caught.
import sys

try:
    sys.exit(5)
except SystemExit as exc:
    print("caught SystemExit with code", exc.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
