# Methods reach class attributes through self or the class name.
class Config:
    limit = 10

    def via_self(self, n):
        return n < self.limit

    def via_class(self, n):
        return n < Config.limit


c = Config()
print(c.via_self(5), c.via_class(50))
