# MappingProxyType: a read-only window onto a dict
import types

settings = {"theme": "dark", "lang": "en"}
view = types.MappingProxyType(settings)
print(view["theme"], len(view), list(view), "lang" in view)
try:
    view["theme"] = "light"
except TypeError as e:
    print("TypeError:", e)
settings["lang"] = "fr"
print(view["lang"], view.get("size", "-"))
print(dict(view.items()), view.copy())
