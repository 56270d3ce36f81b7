# A StopIteration escaping a generator body becomes a RuntimeError (PEP 479).
def first_of_each(lists):
    for lst in lists:
        it = iter(lst)
        yield next(it)


print(list(first_of_each([[1, 2], [3]])))
try:
    print(list(first_of_each([[1], []])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
