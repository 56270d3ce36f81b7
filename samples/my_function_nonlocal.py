# Seed 003: "The solution is to declare myVar nonlocal": the counter now lives
# in the closure and grows on every call.
def MyFunction():
    myVar = 1

    def myInnerFunction():
        nonlocal myVar
        myVar += 1
        print(myVar)
    return myInnerFunction


MyClosure = MyFunction()
MyClosure()
MyClosure()
MyClosure()
print(MyClosure.__code__.co_freevars)
