# scopewalk provides no os module (CPython would import it).
import sys

print("before the import", sys.getrecursionlimit())
import os
print("never printed", os.getcwd())
