# scopewalk provides no subprocess module (CPython would import it).
import sys

print("before the import", sys.getrecursionlimit())
import subprocess
print("never printed", subprocess.run)
