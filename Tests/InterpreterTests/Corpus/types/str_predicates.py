# isdigit, isalpha, isalnum, isspace, isupper, islower, istitle.
samples = ("123", "abc", "abc123", "  ", "ABC", "Title Case", "", "12.5")
for s in samples:
    checks = (s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle())
    print(repr(s), *checks)
