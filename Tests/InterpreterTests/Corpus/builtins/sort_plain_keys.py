# sorted() and list.sort on keys of one plain kind (str, float, tuples of
# str/int/float) take a comparison without the rich-compare protocol: the
# order, the stability, reverse, and the TypeError of unorderable items
# must stay CPython's.
import random
random.seed(5)
words = ["b", "a", "é", "ab", "", "B", "zz", "a\u0301", "Ω", "aa"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
fl = [3.5, -1.0, 2.25, 0.0, -0.0, 1e300, -1e-300, 2.25]
print(sorted(fl), sorted(fl, reverse=True))
mix = [(1, 'b'), (1, 'a'), (0.5, 'z'), (1.0, 'a'), (2, (1, 2)), (2, (1,))]
print(sorted(mix))
print(sorted([(1, 'a'), ('x', 1)] if False else [(1, 2), (1, 2.5), (True, 0)]))
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(['a', 1])
except TypeError as e:
    print("TypeError", e)
nan = float('nan')
print(len(sorted([3.0, nan, 1.0])), sorted([3.0, nan, 1.0])[1:] if False else '')
class S(str): pass
print(sorted([S('b'), 'a', S('c')]))
l = [(k % 7, -k) for k in range(50)]
l.sort(); print(l[:10])
print(sorted([(2**70, 'a'), (1, 'b')]))
print(sorted(["x", "y"], key=str.upper))
stab = [("a", i) for i in range(5)] + [("A", i) for i in range(5)]
print(sorted(stab, key=lambda p: p[0].lower()))
print(sorted([(1,), (1, 0), ()]))
print(sorted([(1, float('nan')), (0, 1.0)]))
