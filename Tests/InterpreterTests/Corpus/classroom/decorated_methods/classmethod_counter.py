# Class-level state managed by classmethods.
class Registry:
    names = []

    @classmethod
    def register(cls, name):
        cls.names.append(name)
        return len(cls.names)

    @classmethod
    def count(cls):
        return len(cls.names)


Registry.register("a")
Registry().register("b")
print(Registry.count(), Registry.names)
