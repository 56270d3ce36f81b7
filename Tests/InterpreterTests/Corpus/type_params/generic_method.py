# Generic methods and their qualified names.
class Registry:
    def __init__(self):
        self.items = {}

    def add[T](self, key: str, value: T) -> T:
        self.items[key] = value
        return value

    @staticmethod
    def pick[T](options: list[T]) -> T:
        return options[-1]


r = Registry()
print(r.add("x", 10), r.items)
print(Registry.pick([1, 2, 3]))
print(Registry.add.__qualname__, Registry.pick.__qualname__)
print(Registry.add.__type_params__)
