import json

doc = '''
{
  "title": "Inventory",
  "count": 3,
  "price": 19.99,
  "tags": ["a", "b"],
  "in_stock": true,
  "discontinued": false,
  "notes": null,
  "escaped": "line\\nbreak \\u00e9 \\ud83d\\ude00"
}
'''
data = json.loads(doc)
for key, value in data.items():
    print(key, repr(value), type(value).__name__)
print(json.loads("42"), json.loads('"just a string"'), json.loads("[]"), json.loads(" {} "))
round_trip = json.loads(json.dumps(data))
print(round_trip == data)
