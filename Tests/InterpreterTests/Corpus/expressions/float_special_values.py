# inf and nan from float().
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf > 10 ** 300, inf - inf, nan == nan, nan != nan)
print(1 / inf, inf * 0)
print(float("-inf") < 0)
