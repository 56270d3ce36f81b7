# A factory inside a loop gives each closure its own cell.
def make_adder(n):
    def add(x):
        return x + n
    return add


adders = []
for i in range(4):
    adders.append(make_adder(i))

print([a(100) for a in adders])
print([a.__closure__[0].cell_contents for a in adders])
