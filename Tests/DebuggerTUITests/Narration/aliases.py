# commands: s*4;p a.append(99);n;n;back;back;forward;n
a = [1, 2]
b = a
b.append(3)
c = list(a)
print(a, b, c)
