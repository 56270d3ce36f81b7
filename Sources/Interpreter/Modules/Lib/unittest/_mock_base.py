"""unittest.mock's mock classes: NonCallableMock, Mock, MagicMock,
NonCallableMagicMock, PropertyMock, with CPython 3.13's attribute rules,
call recording, reprs and assertion messages.

Each mock gets a class of its own (as CPython does), so magic methods set on
one mock do not reach another. Left out: AsyncMock's await tracking (AsyncMock
is a MagicMock whose calls return coroutines), seal(), _mock_wraps of magic
methods, and signature-checking of spec'd calls (autospec covers functions)."""

import sys
from unittest._mock_calls import (sentinel, DEFAULT, ANY, call, _Call, _CallList,
                                  _format_call_signature, _is_exception, _missing, _deleted)



def _set(obj, name, value):
    object.__setattr__(obj, name, value)


def _peek(obj, name):
    try:
        return object.__getattribute__(obj, name)
    except AttributeError:
        return None


def _is_magic(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__' and name[2:-2].isidentifier()


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


_ASSERT_PREFIXES = ('assert', 'assret', 'asert', 'aseert', 'assrt')
_ATTRIB_DENY_LIST = frozenset({
    'called_once', 'called_with', 'called_once_with', 'any_call', 'has_calls', 'not_called',
    'awaited', 'awaited_once', 'awaited_with', 'awaited_once_with', 'any_await', 'has_awaits',
    'not_awaited'})

_SETTABLE = frozenset({'return_value', 'side_effect', 'called', 'call_count', 'call_args',
                       'call_args_list', 'mock_calls', 'method_calls'})


def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    walk = parent
    while walk is not None:
        if walk is value:
            return False
        walk = walk._mock_new_parent
    _set(value, '_mock_new_parent', parent)
    _set(value, '_mock_new_name', new_name)
    if name:
        _set(value, '_mock_parent', parent)
        _set(value, '_mock_name', name)
    return True


class NonCallableMock:
    """A mock object that is not callable: attributes are mocks made on first use."""
    __module__ = 'unittest.mock'

    def __new__(cls, /, *args, **kw):
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__, '__module__': cls.__module__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        _set(self, '_mock_parent', parent)
        _set(self, '_mock_name', name)
        _set(self, '_mock_new_name', _new_name)
        _set(self, '_mock_new_parent', _new_parent)
        _set(self, '_mock_sealed', False)
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        _set(self, '_mock_methods', None)
        _set(self, '_spec_class', None)
        _set(self, '_spec_set', None)
        _set(self, '_mock_children', {})
        _set(self, '_mock_wraps', wraps)
        _set(self, '_mock_delegate', None)
        _set(self, '_mock_called', False)
        _set(self, '_mock_call_args', None)
        _set(self, '_mock_call_count', 0)
        _set(self, '_mock_call_args_list', _CallList())
        _set(self, '_mock_mock_calls', _CallList())
        _set(self, 'method_calls', _CallList())
        _set(self, '_mock_unsafe', unsafe)
        _set(self, '_mock_return_value', DEFAULT)
        _set(self, '_mock_side_effect', None)
        self._mock_add_spec(spec, spec_set)
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
        elif spec is not None:
            methods = list(spec)
        _set(self, '_spec_class', spec_class)
        _set(self, '_spec_set', spec_set)
        _set(self, '_mock_methods', methods)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        inner = mock
        _set(inner, '_mock_parent', None)
        _set(inner, '_mock_new_parent', None)
        _set(inner, '_mock_name', '')
        _set(inner, '_mock_new_name', None)
        setattr(self, attribute, mock)

    # --- the recorded state -------------------------------------------------
    def _get_called(self):
        return self._mock_called

    def _set_called(self, v):
        _set(self, '_mock_called', v)
    called = property(_get_called, _set_called)

    def _get_call_count(self):
        return self._mock_call_count

    def _set_call_count(self, v):
        _set(self, '_mock_call_count', v)
    call_count = property(_get_call_count, _set_call_count)

    def _get_call_args(self):
        return self._mock_call_args

    def _set_call_args(self, v):
        _set(self, '_mock_call_args', v)
    call_args = property(_get_call_args, _set_call_args)

    def _get_call_args_list(self):
        return self._mock_call_args_list

    def _set_call_args_list(self, v):
        _set(self, '_mock_call_args_list', v)
    call_args_list = property(_get_call_args_list, _set_call_args_list)

    def _get_mock_calls(self):
        return self._mock_mock_calls

    def _set_mock_calls(self, v):
        _set(self, '_mock_mock_calls', v)
    mock_calls = property(_get_mock_calls, _set_mock_calls)

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT and self._mock_wraps is None:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            _set(self, '_mock_return_value', ret)
        return ret

    def _set_return_value(self, value):
        _set(self, '_mock_return_value', value)
        _check_and_set_parent(self, value, None, '()')
    return_value = property(_get_return_value, _set_return_value,
                            doc="The value to be returned when the mock is called.")

    @property
    def __class__(self):
        spec = _peek(self, '_spec_class')
        if spec is None:
            return type(self)
        return spec

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        _set(self, '_mock_side_effect', value)
    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        _set(self, '_mock_called', False)
        _set(self, '_mock_call_args', None)
        _set(self, '_mock_call_count', 0)
        _set(self, '_mock_mock_calls', _CallList())
        _set(self, '_mock_call_args_list', _CallList())
        _set(self, 'method_calls', _CallList())
        if return_value:
            _set(self, '_mock_return_value', DEFAULT)
        if side_effect:
            _set(self, '_mock_side_effect', None)
        for child in self._mock_children.values():
            if _is_instance_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for part in parts:
                obj = getattr(obj, part)
            setattr(obj, final, val)

    # --- attributes -----------------------------------------------------------
    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_check_sig'):
            raise AttributeError(name)
        methods = _peek(self, '_mock_methods')
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not _peek(self, '_mock_unsafe') and (not methods or name not in methods):
            if name.startswith(_ASSERT_PREFIXES) or name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec for the mock if "
                    f"{name!r} is meant to be an attribute.")
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in _SETTABLE:
            return object.__setattr__(self, name, value)
        methods = _peek(self, '_mock_methods')
        if (_peek(self, '_spec_set') and methods is not None and name not in methods
                and name not in self.__dict__ and name not in type(self).__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _magic_function(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            _set(self, '_spec_class', value)
            return
        elif name.startswith('_mock_') or name.startswith('_spec_'):
            _set(self, name, value)
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = [k for k in self.__dict__ if not k.startswith('_mock_') and k != '_spec_class'
                     and k != '_spec_set']
        children = [k for k, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + from_type + from_dict + children))

    # --- names and reprs ------------------------------------------------------
    def _extract_mock_name(self):
        names = [self._mock_new_name]
        link = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        seen = set()
        while link is not None:
            last = link
            names.append(link._mock_new_name + dot)
            dot = '.'
            if link._mock_new_name == '()':
                dot = ''
            link = link._mock_new_parent
            if id(link) in seen:
                break
            seen.add(id(link))
        names = list(reversed(names))
        root = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            root += '.'
        names[0] = root
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = ''
        if name not in ('mock', 'mock.'):
            name_part = ' name=%r' % name
        spec_part = ''
        spec_class = self._spec_class
        if spec_class is not None:
            spec_part = (' spec_set=%r' if self._spec_set else ' spec=%r') % spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def _get_child_mock(self, /, **kw):
        own = type(self)
        if issubclass(own, AsyncMock):
            klass = MagicMock
        elif not issubclass(own, CallableMixin):
            klass = MagicMock if issubclass(own, NonCallableMagicMock) else Mock
        else:
            klass = own.__mro__[1]
        return klass(**kw)

    # --- assertions -----------------------------------------------------------
    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self.call_args
        actual_string = self._format_mock_call_signature(*actual)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual_string)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %r.' % (prefix, self.mock_calls)

    def _mock_display_name(self):
        return self._mock_name or 'mock'

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._mock_display_name())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % expected)
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r' % (
                    _CallList(calls), self.mock_calls))
            return
        remaining = list(all_calls)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r does not contain all of %s in its call list, found %s instead'
                                 % (self._mock_name or 'mock', tuple(missing), remaining))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs))


class CallableMixin:
    __module__ = 'unittest.mock'

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        _set(self, '_mock_return_value', return_value)
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent, _spec_state,
                                 _new_name, _new_parent, **kwargs)
        _set(self, '_mock_return_value', return_value)
        if return_value is not DEFAULT:
            _check_and_set_parent(self, return_value, None, '()')
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        _set(self, '_mock_called', True)
        _set(self, '_mock_call_count', self._mock_call_count + 1)
        this_call = _Call((args, kwargs), two=True)
        _set(self, '_mock_call_args', this_call)
        self._mock_call_args_list.append(this_call)
        record_methods = self._mock_parent is not None
        method_name = self._mock_name
        call_name = self._mock_new_name
        was_call = call_name == '()'
        self._mock_mock_calls.append(_Call(('', args, kwargs)))
        up = self._mock_new_parent
        while up is not None:
            if record_methods:
                up.method_calls.append(_Call((method_name, args, kwargs)))
                record_methods = up._mock_parent is not None
                if record_methods:
                    method_name = up._mock_name + '.' + method_name
            up._mock_mock_calls.append(_Call((call_name, args, kwargs)))
            if up._mock_new_name:
                joiner = '' if was_call else '.'
                was_call = up._mock_new_name == '()'
                call_name = up._mock_new_name + joiner + call_name
            up = up._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls and returns return_value."""
    __module__ = 'unittest.mock'


# --- magic methods --------------------------------------------------------------
_numeric_names = ('add sub mul matmul truediv floordiv mod lshift rshift and xor or pow')
_numerics = ['__%s__' % n for n in _numeric_names.split()]
_numerics += ['__r%s__' % n for n in _numeric_names.split()] + ['__i%s__' % n for n in _numeric_names.split()]
_magic_names = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
                'enter exit divmod rdivmod neg pos abs invert complex int float index round '
                'trunc floor ceil bool next fspath aiter reversed missing')
_magics = set('__%s__' % n for n in _magic_names.split()) | set(_numerics)
_magics -= {'__missing__'}
_non_defaults = {'__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
                 '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__',
                 '__setstate__', '__getformat__', '__repr__', '__dir__', '__subclasses__',
                 '__format__', '__getnewargs_ex__', '__fspath__', '__aiter__', '__round__',
                 '__trunc__', '__floor__', '__ceil__'}
_all_magics = _magics | _non_defaults
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                       '__instancecheck__', '__subclasscheck__', '__del__'}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}


def _magic_function(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


def _configure_magic(mock, child, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        child.return_value = fixed
        return
    if name == '__hash__':
        child.return_value = object.__hash__(mock)
    elif name == '__str__':
        child.return_value = object.__str__(mock)
    elif name == '__sizeof__':
        child.return_value = object.__sizeof__(mock)
    elif name == '__eq__':
        def eq(other):
            ret = child._mock_return_value
            if ret is not DEFAULT:
                return ret
            return True if mock is other else NotImplemented
        child.side_effect = eq
    elif name == '__ne__':
        def ne(other):
            if child._mock_return_value is not DEFAULT:
                return DEFAULT
            return False if mock is other else NotImplemented
        child.side_effect = ne
    elif name == '__iter__':
        def it():
            ret = child._mock_return_value
            if ret is DEFAULT:
                return iter([])
            return iter(ret)
        child.side_effect = it


class MagicProxy:
    """Stands on a MagicMock's class for each magic method; makes the child mock on use."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        m = parent._get_child_mock(name=self.name, parent=parent, _new_name=self.name,
                                   _new_parent=parent)
        setattr(parent, self.name, m)
        _configure_magic(parent, m, self.name)
        return m

    def __get__(self, obj, _type=None):
        made = self.parent._mock_children.get(self.name)
        if made is not None and type(self.parent).__dict__.get(self.name) is made:
            return made
        return self.create_mock()


class MagicMixin:
    __module__ = 'unittest.mock'

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics
        methods = _peek(self, '_mock_methods')
        own = type(self)
        if methods is not None:
            wanted = _magics.intersection(methods)
            for gone in _magics - wanted:
                if gone in own.__dict__:
                    delattr(own, gone)
        for name in wanted - set(own.__dict__):
            setattr(own, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""
    __module__ = 'unittest.mock'

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty,
    with-statements work, and so on."""
    __module__ = 'unittest.mock'

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting it calls it with no
    arguments, setting it calls it with the value."""
    __module__ = 'unittest.mock'

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMock(MagicMock):
    """A MagicMock whose calls return coroutines (await tracking left out)."""
    __module__ = 'unittest.mock'

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        mock = self

        async def proxy():
            return mock._execute_mock_call(*args, **kwargs)
        return proxy()
