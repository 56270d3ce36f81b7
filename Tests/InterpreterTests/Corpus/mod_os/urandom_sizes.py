# os.urandom: the sizes a program may ask for, and the errors of the ones it cannot have.
import os
print(len(os.urandom(5)), len(os.urandom(3000000)), os.urandom(0))
for n in (2**40, 2**63, -1, 1.5):
    try:
        os.urandom(n)
    except Exception as e:
        print(type(e).__name__, e)
