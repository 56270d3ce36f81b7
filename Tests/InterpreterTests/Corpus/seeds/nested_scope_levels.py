# Seed 002, "Scopes": scope 0 contains scope 1, which contains scope 2.
# Changed: the seed's functions only `pass`; here each level reads the names
# of the levels around it to show what is visible where.
level0 = "scope 0"


def func():
    level1 = "scope 1"

    def func2():
        level2 = "scope 2"
        print("in func2:", level0, level1, level2)

    func2()
    print("in func:", level0, level1)


func()
print("at module level:", level0)
