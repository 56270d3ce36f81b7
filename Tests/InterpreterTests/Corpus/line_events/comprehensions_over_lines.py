a, b = 0, 2
x = [c
     for c in (a, b)]
y = [c
     for c in (a, b) if c]
z = {c: c * 2
     for c in 'ab'}
g = sum(c
        for c in (a, b) if c)
print(x, y, z, g)
