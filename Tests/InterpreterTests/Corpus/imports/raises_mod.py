# corpus: module
print("raises_mod starts")
value = 1 / 0
