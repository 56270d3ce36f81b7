# deepcopy copies all the way down.
import copy

config = {
    "name": "demo",
    "servers": [{"host": "a", "ports": [80, 443]}, {"host": "b", "ports": [22]}],
    "tags": ("x", ["y"]),
}
clone = copy.deepcopy(config)
clone["servers"][0]["ports"].append(8080)
clone["tags"][1].append("z")
clone["name"] = "copy"

print(config)
print(clone)
print(clone["servers"] is config["servers"], clone["tags"] is config["tags"])
print(clone["name"] is not config["name"], clone["servers"][1]["host"] is config["servers"][1]["host"])
