import atexit
import sys

def save(state):
    print("saving", state)

atexit.register(save, {"level": 3})
print("exiting with 3")
sys.exit(3)
