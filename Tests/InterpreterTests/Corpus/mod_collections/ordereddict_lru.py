# A tiny LRU cache built on collections.OrderedDict
import collections


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = collections.OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            old = self.data.popitem(last=False)
            print("evict", old)


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.data)
print(cache.get("b"), list(cache.data))
