# __init_subclass__ runs on the parent each time a subclass is created.
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name or cls.__name__] = cls
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(sorted(Plugin.plugins))
try:
    class C(Plugin, bogus=1): pass
except TypeError as e:
    print(e)
try:
    class D(bogus=2): pass
except TypeError as e:
    print(e)
