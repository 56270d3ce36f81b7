# Floor division rounds toward minus infinity; % takes the sign of the divisor.
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2)):
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(-1 % 5, 1 % -5)
