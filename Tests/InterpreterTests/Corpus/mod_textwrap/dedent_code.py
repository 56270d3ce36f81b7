import textwrap

def snippet():
    return """\
        def greet(name):
            print("hi", name)

        greet("Ada")
    """

print(repr(snippet()))
print(textwrap.dedent(snippet()))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\tx\n\ty")))
print(repr(textwrap.dedent("  mixed\n\ttabs")))
print(repr(textwrap.dedent("   \n  line\n")))
