# Using a standard module without importing it.
radius = 2
print("radius", radius)
area = math.pi * radius ** 2
