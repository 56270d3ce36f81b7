import pprint

tree = {"a": {"b": {"c": {"d": [1, 2, [3, 4, [5]]]}}}, "z": [1, (2, (3, (4,)))]}
pprint.pprint(tree, depth=1)
pprint.pprint(tree, depth=2)
pprint.pprint(tree, depth=3)
pprint.pprint(tree, indent=4, width=30)
print(pprint.pformat(tree, depth=2, width=20))
