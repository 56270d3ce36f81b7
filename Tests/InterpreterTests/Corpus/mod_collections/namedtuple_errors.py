# collections.namedtuple checks its field names and arguments
import collections

Card = collections.namedtuple("Card", "rank suit")
for args in [("Q",), ("Q", "hearts", 1)]:
    try:
        Card(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Card("Q", suit="hearts", colour="red")
except TypeError as e:
    print("TypeError:", e)
for fields in ["x class", "x _y", "x x", "x 1y"]:
    try:
        collections.namedtuple("Bad", fields)
    except ValueError as e:
        print("ValueError:", e)
c = Card("Q", "hearts")
try:
    c.rank = "K"
except AttributeError as e:
    print("AttributeError:", e)
print(collections.namedtuple("Ok", "a def a", rename=True)._fields)
