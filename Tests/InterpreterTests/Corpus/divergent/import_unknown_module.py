# A module that exists nowhere: scopewalk's message names the sandbox.
import math

print("math is available:", math.sqrt(9))
import nosuchmodule
print("never printed")
