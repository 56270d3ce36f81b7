import pprint, types
ns = types.SimpleNamespace(name='x' * 30, values=list(range(25)), inner=types.SimpleNamespace(a=1))
pprint.pprint(ns, width=40)
pprint.pprint(types.SimpleNamespace(a=1))
