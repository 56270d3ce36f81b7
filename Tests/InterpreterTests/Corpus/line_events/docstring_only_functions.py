# A function whose body is only its docstring reports a line event on its
# first line (the decorator's, if any): CPython's implicit return is there.
def deco(f):
    return f
def plain():
    """Nothing but a docstring."""
@deco
def decorated(a,
              b=2):
    '''A docstring
    over lines.'''
    # and a comment
class C:
    @deco
    def method(self):
        "doc"
print(plain(), decorated(1), C().method())
