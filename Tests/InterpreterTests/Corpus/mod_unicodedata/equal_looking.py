import unicodedata
a = "\u00e9"
b = "e\u0301"
print(a, b, a == b, len(a), len(b))
print([unicodedata.name(c) for c in b])
print(unicodedata.normalize("NFC", b) == a, unicodedata.normalize("NFD", a) == b)
print(a in "caf" + b, b in "caf" + b, ("caf" + b).find(a))
print(len({a, b}), len({unicodedata.normalize("NFC", x) for x in [a, b]}))
ligature = "ﬁnance ﬂow"
print(ligature.upper(), len(ligature), unicodedata.normalize("NFKC", ligature))
full = "ＡＢＣ１２３"
print(unicodedata.normalize("NFKC", full), [unicodedata.east_asian_width(c) for c in full[:2]])
print(unicodedata.normalize("NFC", "\u1100\u1161\u11a8"), unicodedata.normalize("NFD", "\uac01") == "\u1100\u1161\u11a8")
print(unicodedata.name("\uac01"), unicodedata.lookup("HANGUL SYLLABLE GAG"), unicodedata.name("中"))
