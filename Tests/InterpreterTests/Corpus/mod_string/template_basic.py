# string.Template: $name and ${name} placeholders, $$ for a dollar sign
import string

TEXT = "$who owes ${amount}$$ to $whom"
print(string.Template(TEXT).substitute(who="Ann", amount=12, whom="Bob"))
print(string.Template(TEXT).substitute({"who": "Cy", "amount": 3, "whom": "Di"}, who="Ed"))
print(string.Template(TEXT).safe_substitute(who="Fay"))
print(string.Template(TEXT).get_identifiers(), string.Template(TEXT).is_valid())
try:
    string.Template(TEXT).substitute(who="Gus")
except KeyError as e:
    print("KeyError:", e)
