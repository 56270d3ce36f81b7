# An exception in __del__ is reported and ignored.
class Faulty:
    def __del__(self):
        print("in __del__")
        raise ValueError("cannot clean up")


f = Faulty()
del f
print("program continues")
