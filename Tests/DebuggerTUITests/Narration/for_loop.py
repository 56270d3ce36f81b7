# commands: s*10
total = 0
for k in [1, 2]:
    total += k
else:
    print("done")
print(total)
