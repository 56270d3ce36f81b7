import unicodedata

def slugify(title):
    text = unicodedata.normalize("NFKD", title)
    text = text.encode("ascii", "ignore").decode("ascii")
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")

for title in ["Crème Brûlée Recipe", "Ångström & Co.", "Ünïcödé – Déjà vu!", "naïve café №5", "Straße ½ price"]:
    print(repr(title), "->", slugify(title))

def count_categories(text):
    counts = {}
    for ch in text:
        major = unicodedata.category(ch)[0]
        counts[major] = counts.get(major, 0) + 1
    return dict(sorted(counts.items()))

print(count_categories("Hello, World! 123 ¿Qué tal? €5 ☃"))
print([unicodedata.category(c) for c in "aA1 _-€\n"])
print(unicodedata.is_normalized("NFD", "e\u0301"), unicodedata.is_normalized("NFKC", "ﬁ"))
