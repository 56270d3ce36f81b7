"""unittest.mock's patchers: patch, patch.object, patch.dict, patch.multiple
(as decorators of functions, TestCase methods and classes, context managers,
and with start/stop), plus mock_open and create_autospec.

Left out: autospec=True on patch for anything but functions and classes,
async-function decoration, and create_autospec's checking of nested
attributes' signatures beyond methods of a class."""

import functools
import inspect
import sys
from unittest._mock_calls import DEFAULT, sentinel, _missing
from unittest._mock_base import (NonCallableMock, Mock, MagicMock, NonCallableMagicMock,
                                 CallableMixin, _is_instance_mock)



def _import_target(dotted):
    parts = dotted.split('.')
    first = parts.pop(0)
    if first == '__main__':
        thing = sys.modules['__main__']
    else:
        thing = __import__(first)
    so_far = first
    for part in parts:
        so_far += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(so_far)
            thing = getattr(thing, part)
    return thing


def _get_target(target):
    try:
        where, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _import_target(where)), attribute


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe
        self.is_started = False

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs,
                      unsafe=self.unsafe)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if not callable(value):
                continue
            setattr(klass, name, self.copy()(value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    made = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(made)
                    elif patching.new is DEFAULT:
                        extra.append(made)
                args += tuple(extra)
                return func(*args, **keywargs)
            finally:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ('__builtins__',) or (not self.create and original is DEFAULT):
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            klass = MagicMock
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec is not None else spec_set
                if not callable(this_spec):
                    klass = NonCallableMagicMock
            made_kwargs = {}
            if spec is not None:
                made_kwargs['spec'] = spec
            if spec_set is not None:
                made_kwargs['spec_set'] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                made_kwargs['name'] = self.attribute
            made_kwargs.update(kwargs)
            new = klass(**made_kwargs)
            if inherit and _is_instance_mock(new):
                this_spec = spec if spec is not None else spec_set
                new.return_value = klass(_new_parent=new, _new_name='()', spec=this_spec)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for patching in self.additional_patchers:
                result = patching.__enter__()
                if patching.new is DEFAULT:
                    extra.update(result)
            return extra
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__',
                                                       '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self.is_started = True
        self._active_patches.append(self)
        return result

    def stop(self):
        if not self.is_started:
            return None
        self.is_started = False
        try:
            self._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _import_target(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        other = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        other.attribute_name = attribute
        patcher.additional_patchers.append(other)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Patch `target` ("package.module.name") with `new` (a MagicMock by
    default) in a function, a with-block or between start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                if name.startswith(patch.TEST_PREFIX):
                    value = getattr(f, name)
                    if callable(value):
                        twin = _patch_dict(self.in_dict, self.values, self.clear)
                        setattr(f, name, twin(value))
            return f

        @functools.wraps(f)
        def patched(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_target(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)
        return in_dict

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        in_dict.update(original)

    def __enter__(self):
        return self._patch_dict()

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self._patch_dict()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# --- mock_open ------------------------------------------------------------------
def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the handle reads read_data (read,
    readline, readlines, iteration); every call to open() starts over."""
    state = [_to_stream(read_data), None]

    def _readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_gen():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line
        while True:
            yield read_data[0:0]

    def _iter(*args, **kwargs):
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next(*args, **kwargs):
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_gen()
            handle.readline.side_effect = state[1]
        return DEFAULT

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_handle_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read
    state[1] = _readline_gen()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines
    handle.__iter__.side_effect = _iter
    handle.__next__.side_effect = _next
    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


_handle_spec = ['read', 'readline', 'readlines', 'write', 'writelines', 'close', 'flush',
                'seek', 'tell', 'truncate', 'fileno', 'isatty', 'readable', 'writable',
                'seekable', 'closed', 'name', 'mode', 'encoding', 'buffer', 'newlines',
                'errors', 'detach', 'line_buffering', 'reconfigure', 'write_through',
                'getvalue', 'read1', 'readinto', 'readinto1', 'getbuffer', '__enter__',
                '__exit__', '__iter__', '__next__', '__del__']


# --- create_autospec ------------------------------------------------------------
def _check_signature(spec, mock, skipfirst):
    try:
        sig = inspect.signature(spec)
    except (TypeError, ValueError):
        return None
    if skipfirst:
        params = list(sig.parameters.values())[1:]
        sig = sig.replace(parameters=params)
    return sig


def _autospec_function(spec, mock, skipfirst=False, name=None):
    sig = _check_signature(spec, mock, skipfirst)

    def funcopy(*args, **kwargs):
        if sig is not None:
            sig.bind(*args, **kwargs)
        return mock(*args, **kwargs)

    for attr in ('__name__', '__doc__', '__qualname__', '__module__'):
        try:
            setattr(funcopy, attr, getattr(spec, attr))
        except AttributeError:
            pass
    funcopy.mock = mock
    for attr in ('called', 'call_count', 'call_args', 'call_args_list', 'method_calls',
                 'mock_calls', 'return_value', 'side_effect'):
        pass

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def make(name):
        def method(*args, **kwargs):
            return getattr(mock, name)(*args, **kwargs)
        return method

    for name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                 'assert_any_call', 'reset_mock', 'assert_called', 'assert_called_once',
                 'assert_not_called'):
        setattr(funcopy, name, make(name))
    return funcopy


class _AutospecFunction:
    pass


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock shaped like `spec`: wrong call signatures raise TypeError as
    the real function would; a class's methods are checked too."""
    is_type = isinstance(spec, type)
    is_function = inspect.isfunction(spec) or inspect.ismethod(spec) or inspect.isbuiltin(spec)
    _kwargs = {'spec': spec}
    if spec_set:
        _kwargs = {'spec_set': spec}
    _kwargs.update(kwargs)
    klass = MagicMock
    if is_function:
        klass = MagicMock
        _kwargs = {}
        _kwargs.update(kwargs)
    elif not callable(spec) or (is_type and instance):
        klass = NonCallableMagicMock if not (is_type and instance and callable(spec) and False) else MagicMock
        if is_type and instance:
            klass = NonCallableMagicMock
    if _name is None and _parent is None:
        _name = getattr(spec, '__name__', None) if is_function else None
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=_name or '', name=_name, **_kwargs)
    if is_function:
        return _wrap_autospec_function(spec, mock, skipfirst=False)
    if is_type and not instance:
        sig = _check_signature(spec.__init__, mock, True) if '__init__' in _class_dicts(spec) else None
        mock.return_value = create_autospec(spec, spec_set, instance=True, _parent=mock,
                                            _name='()')
        if sig is not None:
            real_call = type(mock).__call__
            _install_signature(mock, sig)
    for entry in dir(spec):
        if entry.startswith('__') and entry.endswith('__'):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if inspect.isfunction(original) or inspect.ismethod(original):
            skip = is_type and inspect.isfunction(original) and not isinstance(
                inspect.getattr_static(spec, entry), staticmethod)
            if inspect.ismethod(original):
                skip = True
            child = MagicMock(parent=mock, name=entry, _new_name=entry, _new_parent=mock)
            if spec_set:
                child.mock_add_spec(original, True)
            mock._mock_children[entry] = _wrap_autospec_function(original, child, skipfirst=skip)
    return mock


def _class_dicts(klass):
    names = set()
    for k in klass.__mro__[:-1]:
        names.update(k.__dict__)
    return names


def _install_signature(mock, sig):
    own = type(mock)
    base_call = CallableMixin.__call__

    def __call__(self, *args, **kwargs):
        sig.bind(*args, **kwargs)
        return base_call(self, *args, **kwargs)
    own.__call__ = __call__


def _wrap_autospec_function(spec, mock, skipfirst):
    sig = _check_signature(spec, mock, skipfirst)
    own = type(mock)
    base_call = CallableMixin.__call__
    if sig is not None:
        def __call__(self, *args, **kwargs):
            sig.bind(*args, **kwargs)
            return base_call(self, *args, **kwargs)
        own.__call__ = __call__
    return mock
