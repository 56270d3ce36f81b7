# append, extend, insert, pop, remove, index, count.
items = [3, 1]
items.append(4)
items.extend([1, 5])
items.insert(0, 9)
items.insert(100, 2)
print(items)
print(items.pop(), items.pop(0), items)
items.remove(1)
print(items, items.index(4), items.count(1))
print(items.append(7))
