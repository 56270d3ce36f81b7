import json

record = {"name": "Ada", "age": 36, "languages": ["Python", "C"], "active": True, "manager": None}
text = json.dumps(record)
print(text)
print(type(text).__name__)
print(json.dumps([1, 2.5, -0.0, 1e100, 1 / 3]))
print(json.dumps(("tuple", "becomes", "list")))
print(json.dumps("quote \" and backslash \\ and\nnewline"))
print(json.dumps({"nested": {"deeper": {"deepest": []}}, "empty": {}}))
print(json.dumps(3), json.dumps(None), json.dumps(False), json.dumps(2 ** 70))
