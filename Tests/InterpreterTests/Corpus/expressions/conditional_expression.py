# value_if_true if condition else value_if_false
for n in (-2, 0, 3):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
print([x if x % 2 else -x for x in range(5)])
