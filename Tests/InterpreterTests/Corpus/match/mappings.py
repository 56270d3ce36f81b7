# Mapping patterns: keys must be present, **rest gathers the others.
events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "q", "shift": True},
    {"type": "scroll"},
    {"kind": "other"},
]
for e in events:
    match e:
        case {"type": "click", "x": x, "y": y}:
            print("click at", x, y)
        case {"type": "key", "key": k, **mods}:
            print("key", k, "with", mods)
        case {"type": t}:
            print("event of type", t)
        case _:
            print("not an event:", e)
