# f-strings evaluate arbitrary expressions.
items = [3, 1, 2]
d = {"key": "value"}
print(f"sum={sum(items)} max={max(items)} sorted={sorted(items)}")
print(f"{d['key']} {len(d)} {'yes' if items else 'no'}")
print(f"{[x * 2 for x in items]} {(lambda v: v + 1)(41)}")
print(f"{items[0] + items[-1]} {'-'.join(str(i) for i in items)}")
