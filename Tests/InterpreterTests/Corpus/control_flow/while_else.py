# A while loop's else runs when the condition becomes false without break.
n = 3
while n > 0:
    print("n =", n)
    n -= 1
else:
    print("loop finished normally")

n = 3
while n > 0:
    if n == 2:
        print("breaking")
        break
    n -= 1
else:
    print("not printed")
print("n is", n)
