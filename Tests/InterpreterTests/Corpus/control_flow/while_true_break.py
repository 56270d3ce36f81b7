# An endless loop ended by break.
total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    total += i
    if total > 20:
        break
print(i, total)
