# eq=True without frozen makes instances unhashable; unsafe_hash forces a hash.
from shop_models import Tag, Sku

print(Tag.__hash__)
try:
    {Tag("new")}
except TypeError as e:
    print("TypeError:", e)
skus = [Sku("A1"), Sku("A1"), Sku("B2")]
print(len(set(skus)), Sku("B2") in set(skus))
key = Sku("C3")
prices = {key: 9.99}
key.code = "C4"
print(Sku("C4") in prices, "<- unsafe: the key changed after hashing")
print(Tag("a") == Tag("a"), Tag("a") == "a")
