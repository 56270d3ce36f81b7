# A name close to a defined one that is also a module name gets both hints.
rand = 4
print(rand)
print(random.randint(1, 2))
