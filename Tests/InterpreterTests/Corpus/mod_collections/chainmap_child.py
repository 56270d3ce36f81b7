# collections.ChainMap.new_child for nested settings, parents to step out
import collections

defaults = {"color": "red", "size": "M"}
settings = collections.ChainMap(defaults)
user = settings.new_child({"size": "L"})
session = user.new_child()
session["color"] = "blue"
print(session)
print(session["color"], session["size"])
print(session.parents)
print(session.maps[0], len(session.maps))
del session["color"]
print(session["color"])
try:
    del session["size"]
except KeyError as e:
    print("KeyError:", e)
print(dict(session), "size" in session, session.get("weight", "n/a"))
