# sys.exit with an integer sets the exit status.
import sys

print("exiting with 3")
sys.exit(3)
print("never printed")
