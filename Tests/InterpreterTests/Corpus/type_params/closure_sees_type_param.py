# The type parameter is visible inside the function and its closures.
def repeat[T](item: T, n: int) -> list[T]:
    def make() -> list[T]:
        return [item] * n
    print("T is", T)
    return make()


print(repeat("ab", 3))
print(repeat.__type_params__[0] is repeat.__type_params__[0])
