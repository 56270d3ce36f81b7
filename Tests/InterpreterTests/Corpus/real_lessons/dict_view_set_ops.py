# dict.keys() and dict.items() behave like sets with any iterable.
stock = {'apple': 3, 'pear': 0, 'plum': 7}
wanted = ['apple', 'kiwi']
print(sorted(stock.keys() - wanted))          # what we have but nobody wants
print(sorted(wanted - stock.keys()))          # what is wanted but missing
print(sorted(stock.keys() & wanted))
print(sorted(stock.keys() | wanted))
print(sorted(stock.keys() ^ wanted))
print(sorted(stock.keys() - {'pear': None}))  # a dict counts by its keys
print(type(stock.keys() - []).__name__, type(wanted & stock.keys()).__name__)

old = {1: 'a', 2: 'b', 3: 'c'}
new = {2: 'b', 3: 'C', 4: 'd'}
print(sorted(new.items() - old.items()))      # added or changed
print(sorted(old.items() & new.items()))      # unchanged
print(sorted(old.keys() ^ new.keys()))
print(sorted(old.items() | [(9, 'z')]))
print(old.keys() == {1, 2, 3}, old.keys() < {1, 2, 3, 4}, old.keys() >= new.keys())
print(old.items() == {(1, 'a'), (2, 'b'), (3, 'c')}, old.keys() != new.keys())
print(old.keys().isdisjoint([7, 8]), old.items().isdisjoint([(1, 'a')]))
print(sorted(old.keys().__rsub__([1, 5])), sorted(old.keys().__or__([0])))

for expr in ['old.keys() - 5', 'old.keys() | 3', '5 - old.keys()', 'old.keys() & None',
             'old.values() - []', 'old.keys() - [[1]]', 'old.keys() < [1]']:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '-> TypeError:', e)
