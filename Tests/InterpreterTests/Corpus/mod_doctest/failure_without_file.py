import doctest

docstring = """
Some text first.

>>> x = 10
>>> x + 1
12
>>> print("a")
>>> for i in range(3):
...     print(i * x)
0
10
20
"""
test = doctest.DocTestParser().get_doctest(docstring, {}, "lesson", None, 0)
runner = doctest.DocTestRunner(verbose=False)
result = runner.run(test)
print(result)
runner.summarize(verbose=True)
