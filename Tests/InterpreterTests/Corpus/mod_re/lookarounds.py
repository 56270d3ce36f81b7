# Lookahead and lookbehind assertions match without consuming text.
import re

prices = "apple $3, pear $12, 7 plums, tax 8%"
print(re.findall(r"(?<=\$)\d+", prices))      # numbers after a dollar sign
print(re.findall(r"\b(?<!\$)\d+\b(?!%)", prices))  # plain numbers
print(re.findall(r"\d+(?=%)", prices))

def strong(pw):
    return bool(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", pw))

for pw in ["password", "Passw0rd", "SHORT1a", "longenough1A"]:
    print(pw, strong(pw))

print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
