# Reading numbers with input() until a blank line (see input_numbers.stdin).
total = 0
count = 0
while True:
    line = input("number> ")
    if not line:
        break
    total += int(line)
    count += 1
print()
print("count:", count, "total:", total, "mean:", total / count)
