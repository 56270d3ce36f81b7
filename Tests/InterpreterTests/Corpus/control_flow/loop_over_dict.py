# Iterating over a dictionary's keys, values and items.
stock = {"apples": 3, "pears": 0, "plums": 7}
for name in stock:
    print(name, end=" ")
print()
for count in stock.values():
    print(count, end=" ")
print()
for name, count in stock.items():
    if count == 0:
        continue
    print(f"{name}: {count}")
