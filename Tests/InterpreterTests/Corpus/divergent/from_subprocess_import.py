# from-imports of an unavailable module fail the same way.
from math import floor

print("start", floor(2.5))
from subprocess import run
print(run)
