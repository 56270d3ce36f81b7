import doctest

def average(values):
    """
    >>> average([1, 2, 3])
    2.0
    >>> average([1, 2])
    1
    >>> print(average([10]))
    10
    >>> average([4, 4])
    """
    return sum(values) / len(values)

parser = doctest.DocTestParser()
test = parser.get_doctest(average.__doc__, {"average": average}, "average", "lesson.py", 3)
print(test)
runner = doctest.DocTestRunner()
print(runner.run(test))
print(runner.summarize())
