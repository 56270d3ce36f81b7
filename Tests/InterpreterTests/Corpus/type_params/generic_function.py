# PEP 695: a generic function declares its type parameter in brackets.
def first[T](items: list[T]) -> T:
    return items[0]


def pair[K, V](key: K, value: V) -> tuple[K, V]:
    return (key, value)


print(first([3, 1, 2]))
print(first("abc"))
print(pair("x", 1))
print(first.__type_params__)
print(pair.__type_params__)
print(first.__name__, first.__qualname__)
print(first.__annotations__)
