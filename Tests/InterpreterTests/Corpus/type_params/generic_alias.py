# A generic type alias takes its parameters in brackets.
type Pair[K, V] = dict[K, V]
type Maybe[T] = T | None

print(Pair.__type_params__)
print(Pair[str, int])
print(Maybe.__value__)
print(Maybe.__type_params__[0].__name__)
