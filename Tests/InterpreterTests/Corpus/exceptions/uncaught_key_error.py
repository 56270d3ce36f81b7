# Uncaught KeyError shows the repr of the key.
ages = {"ann": 31}
print(ages["ann"])
print(ages.get("bob"))
print(ages["bob"])
