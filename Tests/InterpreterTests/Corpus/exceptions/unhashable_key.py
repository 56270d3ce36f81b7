# A list cannot be a dictionary key; a tuple can.
d = {}
d[(1, 2)] = "tuple key"
print(d)
d[[1, 2]] = "value"
