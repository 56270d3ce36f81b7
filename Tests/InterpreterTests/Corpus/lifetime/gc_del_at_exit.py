# A cycle still referenced by a global at exit: when the interpreter clears
# the module's globals, the collector finds it and runs its __del__.
class Resource:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("releasing", self.name)


r = Resource("db")
print("end of program")
