import unicodedata
text = "Ça va? Très bien! Zażółć gęślą jaźń. Ελληνικά 42 €"
for ch in sorted(set(text)):
    print(f"U+{ord(ch):04X} {unicodedata.category(ch)} {unicodedata.name(ch, '?')}")
