import pprint

printer = pprint.PrettyPrinter(indent=2, width=30, sort_dicts=False)
record = {"zeta": [1, 2, 3], "alpha": {"nested": "value", "n": 10**20}, "beta": ("x", "y")}
printer.pprint(record)
print(printer.pformat([record, record["zeta"]]))
print(printer.isreadable(record))
pprint.pp(record, width=40)
pprint.pprint(10**15, underscore_numbers=True)
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
