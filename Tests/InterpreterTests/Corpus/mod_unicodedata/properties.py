import unicodedata as ud
for ch in "7½٣Ⅻx":
    print(repr(ch), ud.numeric(ch, None), ud.decimal(ch, None), ud.digit(ch, None))
print(ud.bidirectional("a"), ud.bidirectional("א"), ud.combining("\u0301"), ud.mirrored("("))
print(ud.east_asian_width("a"), ud.east_asian_width("中"))
print(ud.decomposition("é"), ud.decomposition("a") == "")
try:
    ud.numeric("a")
except ValueError as e:
    print("ValueError:", e)
try:
    ud.category("ab")
except TypeError as e:
    print("TypeError:", e)
counts = {}
for ch in "Hello, World! 123 — ¿Qué?":
    c = ud.category(ch)
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
