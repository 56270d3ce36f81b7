from pprint import pprint

config = {
    "name": "scopewalk",
    "version": (1, 2, 3),
    "authors": ["Ada Lovelace", "Grace Hopper", "Barbara Liskov", "Margaret Hamilton"],
    "settings": {"theme": "dark", "width": 120, "features": ["trace", "step", "history"]},
    "empty": {},
}
pprint(config)
pprint(config, width=40)
pprint(config, sort_dicts=False)
