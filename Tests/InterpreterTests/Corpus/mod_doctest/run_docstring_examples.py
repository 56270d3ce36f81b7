import doctest

def shout(word):
    """
    >>> shout("hi")
    'HI!'
    >>> shout("ok") == "OK!"
    True
    """
    return word.upper() + "!"

doctest.run_docstring_examples(shout, {"shout": shout})
print("quiet run done")
doctest.run_docstring_examples(shout, {"shout": shout}, verbose=True, name="shout")
