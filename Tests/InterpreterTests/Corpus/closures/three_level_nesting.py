# Three levels: the innermost function reads names from both enclosing
# functions; the middle one passes one through as a free variable.
def level1():
    a = "a1"

    def level2():
        b = "b2"

        def level3():
            return a + "/" + b
        return level3
    return level2


l2 = level1()
l3 = l2()
print(l3())
print("level2 free:", l2.__code__.co_freevars)
print("level2 cell:", l2.__code__.co_cellvars)
print("level3 free:", l3.__code__.co_freevars)
print([c.cell_contents for c in l3.__closure__])
