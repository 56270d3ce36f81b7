# The as-target is whatever __enter__ returns.
class Resource:
    def __enter__(self):
        return {"handle": 7}

    def __exit__(self, *args):
        print("released; args were", args)


with Resource() as r:
    print(r)
