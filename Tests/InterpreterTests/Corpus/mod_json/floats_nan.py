import json

values = [float("inf"), float("-inf"), float("nan"), 0.1, 100.0, 1e-7, 123456789.125]
print(json.dumps(values))
try:
    json.dumps(values, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
back = json.loads("[NaN, Infinity, -Infinity, 1E3, 2.50, -0]")
print(back)
print([type(v).__name__ for v in back])
