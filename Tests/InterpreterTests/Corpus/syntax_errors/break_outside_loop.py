# break outside any loop.
for i in range(3):
    print(i)
if True:
    break
