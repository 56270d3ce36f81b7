# Ten million trace events for bench/time-travel: each iteration is two
# line events (the for line and the body), 5,000,000 iterations.
total = 0
for i in range(5_000_000):
    total += i
print(total)
