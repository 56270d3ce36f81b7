from pprint import pprint, pformat

students = [
    {"name": "Ana", "grades": [90, 85, 77], "active": True},
    {"name": "Ben", "grades": [60, 72], "active": False, "notes": None},
    {"name": "Chloé", "grades": [], "active": True, "scores": {"math": 9.5, "art": 7.25}},
]
pprint(students)
pprint(students, width=60)
text = pformat(students[0], width=20)
print(text.splitlines())
