import pprint

pprint.pprint({5, 3, 1, 4, 2, 9, 8, 7, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(tuple(range(25)), width=30)
pprint.pprint((1,), width=1)
pprint.pprint([(), [], {}, set()])
pprint.pprint({3: "c", 1: "a", 2: "b"})
pprint.pprint({"mixed": {1: "x", "a": 2}}, width=10)
