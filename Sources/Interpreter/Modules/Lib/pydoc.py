"""help() as CPython's pydoc prints it without a pager, for the objects a
lesson writes itself: functions, lambdas, methods and classes (with their
sections: methods, class/static methods, properties, data descriptors,
data attributes, each also as inherited from a base).  Objects whose text
comes from CPython's own docstrings (builtins, library modules) get a short
summary instead.
"""

import inspect
import sys

__all__ = ['help', 'render_doc']

# Attributes pydoc never lists (visiblename's hidden set).
_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
           '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
           '__path__', '__qualname__', '__slots__', '__version__', '__static_attributes__',
           '__firstlineno__'}

# The docs of the getset descriptors type() adds to a class.
_GETSET_DOCS = {'__dict__': 'dictionary for instance variables',
                '__weakref__': 'list of weak references to the object'}

_RULE = '-' * 70


def _visible(name):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    return not name.startswith('_')


def _indent(text, prefix='    '):
    return '\n'.join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split('\n'))


def _signature(obj):
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return '(...)'


# The docstrings of object's slot methods, which a class's own method of
# the same name without a docstring shows (inspect.getdoc's _finddoc).
_OBJECT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__new__': 'Create and return a new object.  See help(type) for accurate signature.',
    '__repr__': 'Return repr(self).', '__str__': 'Return str(self).', '__hash__': 'Return hash(self).',
    '__eq__': 'Return self==value.', '__ne__': 'Return self!=value.', '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.', '__gt__': 'Return self>value.', '__ge__': 'Return self>=value.',
    '__setattr__': 'Implement setattr(self, name, value).', '__delattr__': 'Implement delattr(self, name).',
    '__getattribute__': 'Return getattr(self, name).',
}


def _doc(func):
    """inspect.getdoc, falling back to the same method of a base class."""
    doc = inspect.getdoc(func)
    if doc:
        return doc
    name = getattr(func, '__name__', None)
    qualname = getattr(func, '__qualname__', '')
    module = sys.modules.get(getattr(func, '__module__', None))
    owner = module
    for part in qualname.split('.')[:-1]:
        owner = getattr(owner, part, None)
    if not inspect.isclass(owner):
        return None
    for base in owner.__mro__[1:]:
        if base is object:
            return _OBJECT_DOCS.get(name)
        if name in vars(base):
            doc = inspect.getdoc(vars(base)[name])
            if doc:
                return doc
    return None


def _routine(name, obj, owner=None):
    """The lines of one function or method: 'name(sig)' and its indented doc."""
    func = getattr(obj, '__func__', obj)
    realname = getattr(func, '__name__', name)
    if realname == '<lambda>':
        title = name + ' lambda ' + _signature(func)[1:-1]
    else:
        title = name + _signature(obj)
    if name != realname and realname != '<lambda>':
        title = name + ' = ' + realname + _signature(obj)
    self_obj = getattr(obj, '__self__', None)
    if inspect.ismethod(obj) and owner is None:
        if inspect.isclass(self_obj):
            title += ' class method of %s.%s' % (self_obj.__module__, self_obj.__qualname__)
        else:
            cls = type(self_obj)
            title += ' method of %s.%s instance' % (cls.__module__, cls.__qualname__)
    doc = _doc(func) or ''
    return title + ('\n' + _indent(doc) if doc else '') + '\n'


def _classname(cls, module):
    if cls.__module__ == module:
        return cls.__qualname__
    return cls.__module__ + '.' + cls.__qualname__


def _kind(value, cls):
    if isinstance(value, staticmethod):
        return 'static method'
    if isinstance(value, classmethod):
        return 'class method'
    if isinstance(value, property):
        return 'readonly property' if value.fset is None else 'data descriptor'
    if type(value).__name__ == 'getset_descriptor':
        return 'data descriptor'
    if inspect.isfunction(value) or inspect.isbuiltin(value):
        return 'method'
    return 'data'


_SECTIONS = [('method', 'Methods'), ('class method', 'Class methods'),
             ('static method', 'Static methods'), ('readonly property', 'Readonly properties'),
             ('data descriptor', 'Data descriptors'), ('data', 'Data and other attributes')]


def _class_doc(cls):
    module = cls.__module__
    bases = ', '.join(_classname(b, module) if b is not object else 'builtins.object'
                      for b in cls.__bases__)
    lines = ['class %s(%s)' % (cls.__name__, bases)]
    body = []
    sig = _signature(cls)
    if sig not in ('(...)',) and cls.__init__ is not object.__init__:
        body.append(cls.__name__ + sig)
        body.append('')
    doc = inspect.getdoc(cls)
    if doc and cls.__doc__ is not None:
        body.extend(doc.split('\n'))
        body.append('')
    mro = [c for c in cls.__mro__]
    if len(mro) > 2:
        body.append('Method resolution order:')
        for c in mro:
            body.append('    ' + (_classname(c, module) if c is not object else 'builtins.object'))
        body.append('')
    first = True
    seen = set()
    for owner in mro:
        if owner is object:
            break
        entries = {}
        for name, value in vars(owner).items():
            if name in seen or not _visible(name):
                continue
            seen.add(name)
            entries.setdefault(_kind(value, owner), []).append((name, value))
        for kind, title in _SECTIONS:
            items = sorted(entries.get(kind, []), key=lambda item: item[0])
            if not items:
                continue
            if not first:
                body.append(_RULE)
            first = False
            where = 'defined here' if owner is cls else 'inherited from ' + _classname(owner, module)
            body.append('%s %s:' % (title, where))
            body.append('')
            for name, value in items:
                if kind in ('method', 'class method', 'static method'):
                    func = value if kind == 'method' else value.__func__
                    shown = func.__get__(cls, cls) if kind == 'class method' else func
                    body.extend(_routine(name, shown, owner).rstrip('\n').split('\n'))
                elif kind in ('readonly property', 'data descriptor'):
                    body.append(name)
                    if isinstance(value, property):
                        pdoc = inspect.getdoc(value.fget) if value.fget else None
                    else:
                        pdoc = _GETSET_DOCS.get(name)
                    if pdoc:
                        body.extend(_indent(pdoc).split('\n'))
                else:
                    body.append('%s = %r' % (name, value))
                body.append('')
    while body and body[-1] == '':
        body.pop()
    lines.extend((' |  ' + line).rstrip() if line else ' |' for line in body)
    return '\n'.join(lines) + '\n'


def render_doc(thing, title='Help on %s:'):
    """The text help(thing) prints."""
    if isinstance(thing, str):
        return 'No Python documentation found for %r.\n' % thing
    if inspect.isclass(thing):
        where = 'module ' + thing.__module__
        return 'Help on class %s in %s:\n\n%s' % (thing.__name__, where, _class_doc(thing))
    if inspect.ismethod(thing):
        func = thing.__func__
        return 'Help on method %s in module %s:\n\n%s' % (func.__name__, func.__module__,
                                                          _routine(func.__name__, thing))
    if inspect.isfunction(thing):
        return 'Help on function %s in module %s:\n\n%s' % (thing.__name__, thing.__module__,
                                                            _routine(thing.__name__, thing))
    if inspect.isbuiltin(thing):
        name = getattr(thing, '__name__', '?')
        return 'Help on built-in function %s:\n\n%s(...)\n' % (name, name)
    if inspect.ismodule(thing):
        return 'Help on module %s:\n\nNAME\n    %s\n' % (thing.__name__, thing.__name__)
    cls = type(thing)
    where = '' if cls.__module__ == 'builtins' else ' in module ' + cls.__module__
    return 'Help on %s%s object:\n\n%s' % (cls.__name__, where, _class_doc(cls))


def help(*args):
    """help(thing): print its documentation (no interactive help)."""
    if not args:
        print('Welcome to Python %d.%d\'s help utility!' % sys.version_info[:2])
        return
    sys.stdout.write(render_doc(args[0]) + '\n')
