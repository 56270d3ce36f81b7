# Doctests whose prompts hold only a comment are not examples (CPython skips
# them), so they are not counted or run.
def area(width, height):
    """Area of a rectangle.

    >>> area(2, 3)
    6
    >>> # FIXME: negative sides should raise
    >>> area(-2, 3)
    -6
    >>>
    >>> area(0, 5)  # a comment after code is still an example
    0
    """
    return width * height

if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
    parser = doctest.DocTestParser()
    examples = parser.get_examples(area.__doc__)
    print(len(examples), [e.source for e in examples])
