"""Decimal fixed- and floating-point arithmetic (the General Decimal
Arithmetic Specification, as CPython's decimal module implements it).

A Decimal is (sign, coefficient, exponent): the value (-1)**sign *
coefficient * 10**exponent, with the coefficient a Python int. Specials keep
their kind in _kind: 'F' finite, 'I' infinity, 'n' quiet NaN, 'N'
signaling NaN (a NaN's payload lives in the coefficient).
"""

import _decimal_context
from _decimal_context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN,
    MIN_ETINY, DecimalException, Clamped, InvalidOperation, ConversionSyntax,
    DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
    InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
    Context, DefaultContext, BasicContext, ExtendedContext, getcontext,
    setcontext, localcontext)
import _decimal_math as _dm
import _decimal_format as _df
from collections import namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR']

# CPython's decimal is the C module _decimal: these print as built-ins.
__builtin_functions__ = ('getcontext', 'setcontext', 'localcontext')

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

# The signal classes print as decimal.X, as CPython's do.
for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow,
             FloatOperation, Context):
    _cls.__module__ = 'decimal'

_HASH_MODULUS = 2 ** 61 - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _new(sign, coef, exp, kind='F'):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._kind = kind
    return d


def _nan_result(ctx, *ops):
    """The NaN an operation with a NaN operand yields (sNaN signals)."""
    for op in ops:
        if op._kind == 'N':
            ctx._raise([InvalidOperation])
            return _new(op._sign, op._int, 0, 'n')
    for op in ops:
        if op._kind == 'n':
            return op
    return None


def _invalid(ctx, cond=InvalidOperation):
    ctx._raise([cond])
    return _new(0, 0, 0, 'n')


def _strip_underscores(s):
    """s without the underscores allowed between digits, or None."""
    if '_' not in s:
        return s
    for i, ch in enumerate(s):
        if ch == '_' and not (0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()):
            return None
    return s.replace('_', '')


def _isdigits(s):
    return s.isdigit() and all(c.isdecimal() for c in s)


def _parse(text):
    """Decimal fields from a numeric string, or None when it is not one."""
    s = _strip_underscores(text.strip())
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _new(sign, 0, 0, 'I')
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not _isdigits(payload):
                return None
            return _new(sign, int(payload or '0'), 0, kind)
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        e = s[epos + 1:]
        s = s[:epos]
        digits = e[1:] if e[:1] in ('+', '-') else e
        if not digits or not _isdigits(digits):
            return None
        exp = int(e)
    intpart, dot, frac = s.partition('.')
    if not intpart and not frac:
        return None
    for part in (intpart, frac):
        if part and not _isdigits(part):
            return None
    # int() reads Unicode digits too, as CPython's Decimal does.
    return _new(sign, int(intpart + frac), exp - len(frac))


def _from_float(f):
    if f != f:
        return _new(0, 0, 0, 'n')
    sign = 1 if (f < 0 or (f == 0 and str(f).startswith('-'))) else 0
    if f in (float('inf'), float('-inf')):
        return _new(sign, 0, 0, 'I')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k exactly.
    return _new(sign, n * 5 ** k, -k)


def _convert(other, ctx, equality=False, strict=True):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    if isinstance(other, float) and not strict:
        ctx.flags[FloatOperation] = True
        if not equality and ctx.traps[FloatOperation]:
            ctx._raise([FloatOperation])
        elif equality and ctx.traps[FloatOperation]:
            pass
        return _from_float(other)
    return NotImplemented


class Decimal:
    """Floating-point decimal number: Decimal('3.14'), Decimal(7), Decimal(0.1)."""

    def __new__(cls, value='0', context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(value, Decimal):
            d = _new(value._sign, value._int, value._exp, value._kind)
        elif isinstance(value, str):
            d = _parse(value)
            if d is None:
                ctx._raise([ConversionSyntax])
                d = _new(0, 0, 0, 'n')
        elif isinstance(value, bool) or isinstance(value, int):
            d = _new(1 if value < 0 else 0, abs(int(value)), 0)
        elif isinstance(value, float):
            ctx.flags[FloatOperation] = True
            if ctx.traps[FloatOperation]:
                ctx._raise([FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is not Decimal:
            sub = object.__new__(cls)
            sub._sign, sub._int, sub._exp, sub._kind = d._sign, d._int, d._exp, d._kind
            return sub
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return cls(_from_float(f))

    # ---- introspection -------------------------------------------------
    def _digits(self):
        return str(self._int) if self._int or self._kind == 'F' else ''

    def adjusted(self):
        if self._kind != 'F':
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        if self._kind == 'F':
            digits = tuple(int(c) for c in str(self._int))
            return DecimalTuple(self._sign, digits, self._exp)
        digits = tuple(int(c) for c in str(self._int)) if self._int else ()
        exp = {'I': 'F', 'n': 'n', 'N': 'N'}[self._kind]
        return DecimalTuple(self._sign, digits if self._kind != 'I' else (0,), exp)

    def as_integer_ratio(self):
        if self._kind == 'I':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != 'F':
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _gcd(n, d)
        return n // g, d // g

    def is_nan(self):
        return self._kind in 'nN'

    def is_qnan(self):
        return self._kind == 'n'

    def is_snan(self):
        return self._kind == 'N'

    def is_infinite(self):
        return self._kind == 'I'

    def is_finite(self):
        return self._kind == 'F'

    def is_zero(self):
        return self._kind == 'F' and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = context or getcontext()
        return self._kind == 'F' and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return self._kind == 'F' and self._int != 0 and self.adjusted() < ctx.Emin

    def canonical(self):
        return self

    def number_class(self, context=None):
        ctx = context or getcontext()
        if self._kind == 'N':
            return 'sNaN'
        if self._kind == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == 'I':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.adjusted() < ctx.Emin else 'Normal')

    def same_quantum(self, other, context=None):
        other = _need(other)
        if self._kind != 'F' or other._kind != 'F':
            return (self.is_nan() and other.is_nan()) or (
                self._kind == 'I' and other._kind == 'I')
        return self._exp == other._exp

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _need(other)
        return _new(other._sign, self._int, self._exp, self._kind)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    # ---- strings -------------------------------------------------------
    def __str__(self):
        return _df.to_string(self, False, getcontext().capitals)

    def to_eng_string(self, context=None):
        return _df.to_string(self, True, (context or getcontext()).capitals)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec):
        return _df.format_decimal(self, spec, getcontext())

    # ---- conversions ---------------------------------------------------
    def __int__(self):
        if self._kind == 'I':
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind != 'F':
            raise ValueError('cannot convert NaN to integer')
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind == 'n':
            return float('-nan') if self._sign else float('nan')
        if self._kind == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == 'I':
            return float('-inf') if self._sign else float('inf')
        return float(('-' if self._sign else '') + '%de%d' % (self._int, self._exp))

    def __bool__(self):
        return self._kind != 'F' or self._int != 0

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR)) if self._kind == 'F' else int(self)

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING)) if self._kind == 'F' else int(self)

    def __round__(self, n=None):
        if n is None:
            if self._kind == 'I':
                raise OverflowError('cannot round an infinity')
            if self._kind != 'F':
                raise ValueError('cannot round a NaN')
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __hash__(self):
        if self._kind == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == 'n':
            return object.__hash__(self)
        if self._kind == 'I':
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10INV, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (Decimal, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- comparisons ---------------------------------------------------
    def _cmp_other(self, other, equality):
        ctx = getcontext()
        o = _convert(other, ctx, equality, strict=False)
        if o is NotImplemented:
            try:
                import fractions
                if isinstance(other, fractions.Fraction):
                    return 'frac'
            except ImportError:
                pass
        return o

    def __eq__(self, other):
        o = self._cmp_other(other, True)
        if o is NotImplemented:
            return o
        if o == 'frac':
            return self._kind == 'F' and self.as_integer_ratio() == (other.numerator, other.denominator)
        if self.is_nan() or o.is_nan():
            if self._kind == 'N' or o._kind == 'N':
                getcontext()._raise([InvalidOperation])
            return False
        return _dm.compare(self, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        o = self._cmp_other(other, False)
        if o is NotImplemented:
            return None
        if o == 'frac':
            num, den = other.numerator, other.denominator
            if self._kind != 'F':
                return 1 if not self._sign else -1
            a, b = self.as_integer_ratio()
            return (a * den > num * b) - (a * den < num * b)
        if self.is_nan() or o.is_nan():
            getcontext()._raise([InvalidOperation])
            return 'nan'
        return _dm.compare(self, o)

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else (False if c == 'nan' else c < 0)

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else (False if c == 'nan' else c <= 0)

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else (False if c == 'nan' else c > 0)

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else (False if c == 'nan' else c >= 0)

    def compare(self, other, context=None):
        ctx = context or getcontext()
        other = _need(other)
        nan = _nan_result(ctx, self, other)
        if nan is not None:
            return nan
        return Decimal(_dm.compare(self, other))

    def compare_total(self, other, context=None):
        other = _need(other)
        return Decimal(_dm.compare_total(self, other))

    def max(self, other, context=None):
        return _dm.minmax(self, _need(other), context or getcontext(), True)

    def min(self, other, context=None):
        return _dm.minmax(self, _need(other), context or getcontext(), False)

    # ---- arithmetic ----------------------------------------------------
    def __add__(self, other, context=None):
        ctx = context or getcontext()
        o = _convert(other, ctx)
        return _fail('+', self, other) if o is NotImplemented else _dm.add(self, o, ctx)

    def __radd__(self, other):
        o = _convert(other, getcontext())
        return _fail('+', other, self) if o is NotImplemented else _dm.add(o, self, getcontext())

    def __sub__(self, other, context=None):
        ctx = context or getcontext()
        o = _convert(other, ctx)
        return _fail('-', self, other) if o is NotImplemented else _dm.add(self, o.copy_negate(), ctx, True)

    def __rsub__(self, other):
        o = _convert(other, getcontext())
        return _fail('-', other, self) if o is NotImplemented else _dm.add(o, self.copy_negate(), getcontext(), True)

    def __mul__(self, other, context=None):
        ctx = context or getcontext()
        o = _convert(other, ctx)
        return _fail('*', self, other) if o is NotImplemented else _dm.mul(self, o, ctx)

    def __rmul__(self, other):
        o = _convert(other, getcontext())
        return _fail('*', other, self) if o is NotImplemented else _dm.mul(o, self, getcontext())

    def __truediv__(self, other, context=None):
        ctx = context or getcontext()
        o = _convert(other, ctx)
        return _fail('/', self, other) if o is NotImplemented else _dm.div(self, o, ctx)

    def __rtruediv__(self, other):
        o = _convert(other, getcontext())
        return _fail('/', other, self) if o is NotImplemented else _dm.div(o, self, getcontext())

    def __floordiv__(self, other, context=None):
        ctx = context or getcontext()
        o = _convert(other, ctx)
        return _fail('//', self, other) if o is NotImplemented else _dm.floordiv(self, o, ctx)

    def __rfloordiv__(self, other):
        o = _convert(other, getcontext())
        return _fail('//', other, self) if o is NotImplemented else _dm.floordiv(o, self, getcontext())

    def __mod__(self, other, context=None):
        ctx = context or getcontext()
        o = _convert(other, ctx)
        return _fail('%', self, other) if o is NotImplemented else _dm.mod(self, o, ctx)

    def __rmod__(self, other):
        o = _convert(other, getcontext())
        return _fail('%', other, self) if o is NotImplemented else _dm.mod(o, self, getcontext())

    def __divmod__(self, other, context=None):
        ctx = context or getcontext()
        o = _convert(other, ctx)
        return _fail('divmod()', self, other) if o is NotImplemented else _dm.divmod_(self, o, ctx)

    def __rdivmod__(self, other):
        o = _convert(other, getcontext())
        return _fail('divmod()', other, self) if o is NotImplemented else _dm.divmod_(o, self, getcontext())

    def __pow__(self, other, modulo=None, context=None):
        ctx = context or getcontext()
        o = _convert(other, ctx)
        if o is NotImplemented:
            return _fail('** or pow()', self, other)
        if modulo is not None:
            m = _convert(modulo, ctx)
            if m is NotImplemented:
                return m
            return _dm.powmod(self, o, m, ctx)
        return _dm.power(self, o, ctx)

    def __rpow__(self, other, modulo=None):
        o = _convert(other, getcontext())
        return _fail('** or pow()', other, self) if o is NotImplemented else o.__pow__(self, modulo)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        nan = _nan_result(ctx, self)
        if nan is not None:
            return nan
        sign = 0 if (self._kind == 'F' and self._int == 0 and ctx.rounding != ROUND_FLOOR) else 1 - self._sign
        return _dm.finish(_new(sign, self._int, self._exp, self._kind), ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        nan = _nan_result(ctx, self)
        if nan is not None:
            return nan
        sign = 0 if (self._kind == 'F' and self._int == 0 and ctx.rounding != ROUND_FLOOR) else self._sign
        return _dm.finish(_new(sign, self._int, self._exp, self._kind), ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if not round:
            return self.copy_abs()
        return self.__neg__(ctx) if self._sign else self.__pos__(ctx)

    def plus(self, context=None):
        return self.__pos__(context)

    def minus(self, context=None):
        return self.__neg__(context)

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        other, third = _need(other), _need(third)
        big = Context(prec=MAX_PREC // 2, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        product = _dm.mul(self, other, big)
        return _dm.add(product, third, ctx)

    def remainder_near(self, other, context=None):
        return _dm.remainder_near(self, _need(other), context or getcontext())

    # ---- rounding and exponents ---------------------------------------
    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        return _dm.quantize(self, _need(exp), rounding or ctx.rounding, ctx)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        return _dm.to_integral(self, rounding or ctx.rounding, ctx, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        return _dm.to_integral(self, rounding or ctx.rounding, ctx, True)

    def normalize(self, context=None):
        return _dm.normalize(self, context or getcontext())

    reduce = normalize

    def scaleb(self, other, context=None):
        ctx = context or getcontext()
        other = _need(other)
        nan = _nan_result(ctx, self, other)
        if nan is not None:
            return nan
        if other._kind != 'F' or other._exp != 0:
            return _invalid(ctx)
        if self._kind == 'I':
            return self
        n = -other._int if other._sign else other._int
        return _dm.finish(_new(self._sign, self._int, self._exp + n), ctx)

    def logb(self, context=None):
        ctx = context or getcontext()
        nan = _nan_result(ctx, self)
        if nan is not None:
            return nan
        if self._kind == 'I':
            return _new(0, 0, 0, 'I')
        if self._int == 0:
            ctx._raise([DivisionByZero])
            return _new(1, 0, 0, 'I')
        return Decimal(self.adjusted())

    def next_plus(self, context=None):
        return _dm.next_toward(self, 1, context or getcontext())

    def next_minus(self, context=None):
        return _dm.next_toward(self, -1, context or getcontext())

    def next_toward(self, other, context=None):
        other = _need(other)
        c = _dm.compare(self, other)
        if c == 0:
            return self.copy_sign(other)
        return _dm.next_toward(self, -1 if c > 0 else 1, context or getcontext())

    # ---- functions -----------------------------------------------------
    def sqrt(self, context=None):
        return _dm.sqrt(self, context or getcontext())

    def exp(self, context=None):
        return _dm.exp(self, context or getcontext())

    def ln(self, context=None):
        return _dm.ln(self, context or getcontext())

    def log10(self, context=None):
        return _dm.log10(self, context or getcontext())


# Built-in types never handle a Decimal operand themselves, so the error can
# be raised here, naming the type 'decimal.Decimal' as CPython's C type does.
_FOREIGN = (float, complex, str, bytes, list, tuple, dict, set, frozenset, type(None), bool)


def _fail(op, a, b, order=False):
    other = b if isinstance(a, Decimal) else a
    if isinstance(other, _FOREIGN):
        na = 'decimal.Decimal' if isinstance(a, Decimal) else type(a).__name__
        nb = 'decimal.Decimal' if isinstance(b, Decimal) else type(b).__name__
        if order:
            raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, na, nb))
        if op == 'divmod()':
            raise TypeError("unsupported operand type(s) for divmod(): '%s' and '%s'" % (na, nb))
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, na, nb))
    return NotImplemented


def _need(value):
    """An operand of a Decimal method: Decimal or int only."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)


def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    text = ''
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        text += str(d)
    if exp == 'F':
        return _new(sign, 0, 0, 'I')
    if exp in ('n', 'N'):
        return _new(sign, int(text or '0'), 0, exp)
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return _new(sign, int(text or '0'), exp)


_dm.setup(_new, Decimal, _nan_result, _invalid)

# As in CPython: a Number, but not Real (it does not mix with floats).
import numbers as _numbers
_numbers.Number.register(Decimal)


def _ctx_method(name, arity):
    def method(self, *args):
        if len(args) != arity:
            raise TypeError('%s() takes exactly %d argument%s' % (name, arity, '' if arity == 1 else 's'))
        a = _need(args[0]) if arity else None
        rest = [_need(x) for x in args[1:]]
        return getattr(a, _CTX_NAMES.get(name, name))(*rest, context=self)
    method.__name__ = name
    return method


_CTX_NAMES = {'add': '__add__', 'subtract': '__sub__', 'multiply': '__mul__',
              'divide': '__truediv__', 'divide_int': '__floordiv__',
              'remainder': '__mod__', 'divmod': '__divmod__', 'abs': '__abs__'}
for _name, _arity in (('add', 2), ('subtract', 2), ('multiply', 2), ('divide', 2),
                      ('divide_int', 2), ('remainder', 2), ('divmod', 2),
                      ('quantize', 2), ('compare', 2), ('max', 2), ('min', 2),
                      ('sqrt', 1), ('exp', 1), ('ln', 1), ('log10', 1),
                      ('normalize', 1), ('plus', 1), ('minus', 1),
                      ('to_integral_value', 1), ('to_integral_exact', 1),
                      ('fma', 3), ('remainder_near', 2), ('next_plus', 1),
                      ('next_minus', 1), ('scaleb', 2), ('logb', 1)):
    setattr(Context, _name, _ctx_method(_name, _arity))


def _ctx_power(self, a, b, modulo=None):
    return _need(a).__pow__(_need(b), modulo, context=self)


def _ctx_abs(self, a):
    return _need(a).__abs__(context=self)


def _create_decimal(self, num='0'):
    if isinstance(num, str) and (num != num.strip() or '_' in num):
        self._raise([ConversionSyntax])
        return _new(0, 0, 0, 'n')
    d = Decimal(num, context=self)
    if d._kind == 'n' and d._int and len(str(d._int)) > self.prec - self.clamp:
        return _invalid(self, ConversionSyntax)
    return _dm.finish(d, self)


def _create_decimal_from_float(self, f):
    return _dm.finish(Decimal.from_float(f), self)


Context.power = _ctx_power
Context.abs = _ctx_abs
Context.create_decimal = _create_decimal
Context.create_decimal_from_float = _create_decimal_from_float
