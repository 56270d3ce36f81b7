import unicodedata as ud
for ch in "Aa1 é€ñ😀ß":
    print(repr(ch), ud.name(ch), ud.category(ch))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"))
print(ud.lookup("snowman"))
print(ud.name("\x00", "no name"))
try:
    ud.name("\x00")
except ValueError as e:
    print("ValueError:", e)
try:
    ud.lookup("NOT A REAL NAME")
except KeyError as e:
    print("KeyError:", e)
print("\N{GREEK SMALL LETTER ALPHA}", ud.name("α"))
print(ud.unidata_version)
