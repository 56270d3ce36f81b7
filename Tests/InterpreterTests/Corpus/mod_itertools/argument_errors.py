# CPython's messages for bad arguments, and errors raised while iterating.
import itertools as it

calls = [
    "it.count('a')", "it.count(1, 2, 3)", "it.count(foo=1)",
    "it.cycle()", "it.cycle(1)", "it.cycle(x=[1])",
    "it.repeat()", "it.repeat(1, 'a')", "it.repeat(1, times=None)",
    "it.accumulate()", "it.accumulate([1], None, None)", "it.accumulate([1], iterable=[2])",
    "it.batched([1])", "it.batched([1], 0)", "it.batched([1], 2, 3)", "list(it.batched('abc', 2, strict=True))",
    "it.chain(x=1)", "list(it.chain(1))", "it.chain.from_iterable()", "it.chain.from_iterable(5)",
    "it.compress([1])", "it.compress([1], data=[2])", "it.dropwhile(None)", "it.takewhile(len, [1], k=1)",
    "list(it.starmap(len, [1]))", "list(it.dropwhile(None, [1]))",
    "it.islice([1])", "it.islice([1], -1)", "it.islice([1], -2)", "it.islice([1], 'a', 2)", "it.islice([1], 1, 2, 0)",
    "it.islice([1], 1.5)", "it.islice([1], 1, 2, 3, 4)", "it.islice([1], stop=2)",
    "it.pairwise()", "it.groupby()", "it.groupby([1], x=1)", "it.groupby([1], 2, 3)",
    "it.tee()", "it.tee([1], -1)", "it.tee([1], n=2)", "it.zip_longest([1], fillvalue=1, x=2)",
    "it.product([1], repeat=-1)", "it.product([1], foo=1)", "it.combinations([1])", "it.combinations([1], -1)",
    "it.combinations([1], 1.0)", "it.combinations_with_replacement([1], -1)", "it.permutations([1], 'a')",
    "it.permutations([1], -1)", "next(it.chain())", "it.chain().__next__(1)",
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

print(list(it.permutations([], 0)), list(it.combinations_with_replacement([], 0)), list(it.product(1, repeat=0)))
print(next(it.count(True, 2)), list(it.islice(it.count(2 ** 63 - 2), 3)))
for k, g in it.groupby([1, 1, "a"], key=lambda v: v * 2):
    print(k, list(g))
print(list(it.accumulate(["a", "b"], initial=None)))
list(it.accumulate([1, "b"]))
