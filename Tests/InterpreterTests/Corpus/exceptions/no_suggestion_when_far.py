# No suggestion when nothing is close enough.
apples = 3
print(apples)
print(zebra_count)
