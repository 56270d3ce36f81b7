import doctest

text = """
Intro line.
    >>> a = [1, 2]
    >>> a.append(3); a
    [1, 2, 3]
    >>> def f(x):
    ...     return x * 2
    >>> f(4)
    8

    >>> 1 / 0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
"""
for ex in doctest.DocTestParser().get_examples(text, "text"):
    print(ex.lineno, ex.indent, repr(ex.source), repr(ex.want), repr(ex.exc_msg))
parts = doctest.DocTestParser().parse(">>> 2 + 2\n4\nafter\n")
print([type(p).__name__ for p in parts])
try:
    doctest.DocTestParser().get_examples(">>>print(1)\n", "bad")
except ValueError as e:
    print(e)
