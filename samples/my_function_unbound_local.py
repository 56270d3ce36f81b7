# Seed 003: "if the inner function assigns to the variable then it is
# converted into a local variable": myVar += 1 fails with UnboundLocalError
# ("trying to use a variable before it has been assigned to").
def MyFunction():
    myVar = 1

    def myInnerFunction():
        myVar += 1
        print(myVar)
    return myInnerFunction


MyClosure = MyFunction()
print(MyClosure.__code__.co_freevars)
MyClosure()
