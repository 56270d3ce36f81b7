# A with statement needs both __enter__ and __exit__.
class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        print("body")
except TypeError as e:
    print("TypeError:", e)
with [1, 2, 3] as items:
    print(items)
