# Filling a form letter for several people
import string

LETTER = "Dear $name,\nyour order #$order ships on ${day}.\n"
orders = [
    {"name": "Ada", "order": 101, "day": "Monday"},
    {"name": "Linus", "order": 102, "day": "Friday"},
]


def fill(fields):
    return string.Template(LETTER).substitute(fields)


for o in orders:
    print(fill(o))
print(string.Template(LETTER).template.count("$"))
