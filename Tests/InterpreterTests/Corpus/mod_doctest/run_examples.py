import doctest

def greet(name):
    """
    >>> greet("Ada")
    'Hello, Ada!'
    >>> greet("Bob")
    'Hello, bob!'
    """
    return f"Hello, {name}!"

doctest.run_docstring_examples(greet, globals(), verbose=False, name="greet")
doctest.run_docstring_examples(greet, globals(), verbose=True)
print(doctest.testmod(report=False))
