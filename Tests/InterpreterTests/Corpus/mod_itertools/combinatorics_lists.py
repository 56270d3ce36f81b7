# product, permutations, combinations: the nested loops you did not have to write.
import itertools

print(list(itertools.product("AB", [0, 1])))
print(len(list(itertools.product(range(10), repeat=3))))
print(list(map("".join, itertools.product("HT", repeat=3))))

print(list(itertools.permutations("ABC")))
print(list(itertools.permutations([1, 2, 3], 2)))

print(list(itertools.combinations("ABCD", 2)))
print(list(itertools.combinations_with_replacement("XY", 3)))
print(list(itertools.combinations(range(3), 5)), list(itertools.permutations("", 0)))

coins = [1, 2, 5, 10]
sums_to_8 = filter(lambda c: sum(c) == 8, itertools.chain.from_iterable(
    itertools.combinations(coins, r) for r in range(1, 5)))
print(list(sums_to_8))

for bad in (-1, "2"):
    try:
        itertools.combinations("AB", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
