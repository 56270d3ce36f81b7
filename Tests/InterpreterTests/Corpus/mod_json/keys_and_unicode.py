import json

mixed = {1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}
print(json.dumps(mixed))
print(json.dumps({"café": "naïve", "emoji": "😀"}))
print(json.dumps({"café": "naïve", "emoji": "😀"}, ensure_ascii=False))
print(json.dumps("tab\there\x01"))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
