import unicodedata as ud
s1 = "caf\u00e9"
s2 = "cafe\u0301"
print(s1 == s2, len(s1), len(s2))
print(ud.normalize("NFC", s2) == s1)
print(ud.normalize("NFD", s1) == s2)
print([hex(ord(c)) for c in ud.normalize("NFD", "Ångström")])
print(ud.normalize("NFC", "A\u030angstro\u0308m"))
print(ud.normalize("NFKC", "ﬁ ① ²"))
print(ud.normalize("NFKD", "ﬁ"))
print(ud.is_normalized("NFC", s1), ud.is_normalized("NFC", s2))
def strip_accents(s):
    return "".join(c for c in ud.normalize("NFD", s) if ud.category(c) != "Mn")
print(strip_accents("Crème Brûlée à la façon de Zoë"))
try:
    ud.normalize("XYZ", "a")
except ValueError as e:
    print("ValueError:", e)
