import json

data = {"b": [1, 2, {"x": None}], "a": "text", "c": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"z": 1, "y": 2}, sort_keys=True, separators=(", ", " = ")))
