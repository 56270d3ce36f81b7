import unicodedata as ud

def describe(ch):
    info = [f"U+{ord(ch):04X}", ud.category(ch), ud.name(ch, "<no name>")]
    if ud.numeric(ch, None) is not None:
        info.append(f"value={ud.numeric(ch)}")
    if ud.decomposition(ch):
        info.append(f"decomp={ud.decomposition(ch)}")
    if ud.combining(ch):
        info.append(f"ccc={ud.combining(ch)}")
    return " ".join(info)

for ch in "Ω½Å€°→≠♥☺✓\t\u200b\u0308":
    print(describe(ch))
print(ud.lookup("BLACK HEART SUIT"), ud.lookup("greek capital letter omega"), ud.lookup("DEGREE SIGN"))
print(ud.lookup("EURO SIGN") == "\N{EURO SIGN}")
