import atexit
import sys

atexit.register(print, "cleanup after the traceback")
atexit.register(lambda: sys.stdout.write("lambda cleanup\n"))
print("about to fail")
raise ValueError("the program fails")
