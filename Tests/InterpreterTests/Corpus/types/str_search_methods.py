# startswith, endswith, find, rfind, index, count.
s = "scopewalk steps through scopes"
print(s.startswith("scope"), s.endswith("scopes"), s.startswith(("x", "sco")))
print(s.find("s"), s.find("s", 1), s.rfind("s"), s.find("zzz"))
print(s.index("walk"), s.count("s"), s.count("scope"))
try:
    s.index("zzz")
except ValueError as exc:
    print(exc)
print("abc".find(""), "aaaa".count("aa"))
