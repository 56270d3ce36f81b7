import string
t = string.Template("Dear $name, you owe $$${amount}.")
print(t.substitute(name="Ann", amount=12.5))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers(), t.is_valid(), string.Template("$ ").is_valid())
class Pct(string.Template):
    delimiter = "%"
print(Pct("%who likes %what").substitute(who="Tim", what="tea"))
print(string.Template("${x}y").substitute({"x": 1}, x=2))
