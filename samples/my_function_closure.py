# Seed 003 (Mike James, Programmer's Python - Closure). The seed lost its
# body lines; rebuilt as the prose describes: myInnerFunction uses myVar,
# a local of MyFunction, after MyFunction has finished. "You will see 1".
def MyFunction():
    myVar = 1

    def myInnerFunction():
        print(myVar)
    return myInnerFunction


MyClosure = MyFunction()
MyClosure()
print(MyClosure.__code__.co_freevars)
