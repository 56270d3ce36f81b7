import json

class Collector:
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def read(self):
        return "".join(self.pieces)

out = Collector()
json.dump({"scores": [10, 20], "ok": True}, out)
print(out.pieces)
print(out.read())
print(json.load(out))
pretty = Collector()
json.dump([1, {"k": "v"}], pretty, indent=2)
print(pretty.read())
