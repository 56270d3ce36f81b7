"""Signals, rounding modes and Context for the decimal module.

Kept apart from decimal.py so that the arithmetic file stays readable;
decimal.py adds the Context methods that need Decimal itself.
"""

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order in which CPython's libmpdec lists signals in reprs.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]


# Context reprs list them in libmpdec's flag-bit order instead.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]


_SIGNAL_OF = {}


def _signal_of(cond):
    """The signal a condition such as ConversionSyntax is flagged under."""
    sig = _SIGNAL_OF.get(cond)
    if sig is None:
        sig = cond
        for s in _SIGNALS:
            if issubclass(cond, s):
                sig = s
                break
        _SIGNAL_OF[cond] = sig
    return sig


class _SignalDict:
    """flags / traps: a mapping signal -> bool printed as libmpdec does."""

    def __init__(self, on=()):
        self._d = {s: (s in on) for s in _SIGNALS}

    def __getitem__(self, key):
        if key not in self._d:
            raise KeyError(key)
        return self._d[key]

    def __setitem__(self, key, value):
        if key not in self._d:
            raise KeyError(key)
        self._d[key] = bool(value)

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._d == other._d
        return self._d == other

    def _on(self):
        return [s for s in _SIGNALS if self._d[s]]

    def _repr_names(self):
        return '[' + ', '.join(s.__name__ for s in _REPR_ORDER if self._d[s]) + ']'

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self._d.items()) + '}'


class Context:
    """Precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if DefaultContext is not None else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dc.traps._on() if dc else [InvalidOperation, DivisionByZero, Overflow]
        elif isinstance(traps, (dict, _SignalDict)):
            traps = [s for s in traps if traps[s]]
        self.traps = _SignalDict(traps)
        if flags is None:
            flags = []
        elif isinstance(flags, (dict, _SignalDict)):
            flags = [s for s in flags if flags[s]]
        self.flags = _SignalDict(flags)

    def __setattr__(self, name, value):
        # Validate as libmpdec does, with its messages.
        if name == 'prec':
            _check_int(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            _check_int(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            _check_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name in ('flags', 'traps'):
            if not isinstance(value, _SignalDict):
                value = _SignalDict([s for s in value if value[s]])
        elif name.startswith('_'):
            pass
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        names = lambda d: d._repr_names()
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, names(self.flags), names(self.traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags._on(), self.traps._on())

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, conditions):
        """Set the flags of conditions; raise the first one that is trapped."""
        if not conditions:
            return
        trapped = []
        flags, traps = self.flags._d, self.traps._d
        for cond in conditions:
            sig = _signal_of(cond)
            flags[sig] = True
            if traps[sig]:
                trapped.append(cond)
        if trapped:
            raise _signal_of(trapped[0])(trapped)


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')  # pragma: libmpdec wording


DefaultContext = None
DefaultContext = Context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [],
                         [InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(9, ROUND_HALF_UP, -999999, 999999, 1, 0, [],
                       [Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(9, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [], [])

_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext until setcontext)."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block under a copy of ctx."""
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(ctx, name, value)
    return _ContextManager(ctx)
