import unicodedata

def fold(text):
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))

cities = ["São Paulo", "Zürich", "Kraków", "Reykjavík", "Montréal", "Malmö", "Ålesund"]
for query in ["sao", "zurich", "MONTREAL", "alesund", "krakow"]:
    hits = [c for c in cities if fold(query) in fold(c)]
    print(query, "->", hits)
print(sorted(cities, key=fold))
print(sorted(cities))
