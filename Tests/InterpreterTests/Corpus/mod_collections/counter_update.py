# collections.Counter.update adds counts, subtract takes them away
import collections

stock = collections.Counter(apples=3, pears=1)
stock.update(["apples", "kiwis", "kiwis"])
print(stock)
stock.update({"pears": 4})
print(stock)
stock.subtract(apples=5)
print(stock)
print(+stock)
stock["plums"] += 2
del stock["nothing"]
print(stock, stock["apples"])
print(sorted(stock.elements()))
