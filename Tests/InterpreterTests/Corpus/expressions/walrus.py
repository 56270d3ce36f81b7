# Assignment expressions bind a name inside an expression.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 7])
print(y)
values = iter([5, 0, 7])
while (v := next(values)) != 0:
    print("got", v)
