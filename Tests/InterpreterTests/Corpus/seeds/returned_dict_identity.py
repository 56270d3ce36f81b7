# Seed 002, "Let's return a dictionary instead!": a mutable object passed in
# and returned is the same object, and changes are visible through every name.
# Changed: the seed prints raw id() numbers; this prints id() comparisons
# (and keeps no id() value in a variable, so the trace is deterministic too).
def create_dict():
    data = {'value': 10}
    return data


my_dict = create_dict()
original = my_dict
print(f"Outside function: id(my_dict) == id(original): {id(my_dict) == id(original)}")


def modify_dict(d):
    d['value'] = 20
    print(f"Inside modify_dict: id(d) == id(original): {id(d) == id(original)}")
    return d


modified_dict = modify_dict(my_dict)
print(f"After modification: id(modified_dict) == id(original): {id(modified_dict) == id(original)}")
print(f"Original dict: {my_dict}")
print(f"Are they the same object? {my_dict is modified_dict}")
