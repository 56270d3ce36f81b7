# __setitem__ and __delitem__ for a dictionary-like class.
class Store:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        print("set", key)
        self.data[key] = value

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        print("del", key)
        del self.data[key]


s = Store()
s["a"] = 1
s["b"] = 2
del s["a"]
print(s.data, s["b"])
