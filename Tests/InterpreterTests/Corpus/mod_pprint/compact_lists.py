import pprint

numbers = list(range(40))
pprint.pprint(numbers, width=50)
pprint.pprint(numbers, width=50, compact=True)
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"] * 2
pprint.pprint(words, width=40, compact=True)
pprint.pprint([numbers[:8], words[:4], {"k": numbers[:12]}], compact=True, width=30)
