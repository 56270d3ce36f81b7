# repr of nested containers uses repr of each element.
data = {"name": "scope", "cells": [1, (2, 3), {"k": None}], "flag": True, "ratio": 0.5}
print(data)
print([["a"], [], [[]]], ((),), (1,), [(1,)], {(): [{}]})
print(str(["x", 'y"z', "it's"]))
print([1.0, -2.5e-7, 10 ** 20], [set(), {1}, frozenset()])
