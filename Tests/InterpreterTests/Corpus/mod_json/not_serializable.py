import json

try:
    json.dumps({"tags": {"a"}})
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")

print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode))
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print("TypeError:", e)
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
