"""Fraction, rational numbers of arbitrary precision.

Fractions mix with ints exactly, with floats by turning into a float and
with complex numbers by turning into a complex, as in CPython. (Decimal
operands are not supported here.)
"""

import math

__all__ = ['Fraction']

# CPython's numeric hash works modulo this prime, so that equal numbers of
# different types hash alike; 314159 is the hash of an infinity.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _digits(s):
    """True if s is digits with single underscores only between digits."""
    if not s or not s[0].isdigit() or not s[-1].isdigit() or '__' in s:
        return False
    return all(c.isdigit() or c == '_' for c in s) and s.isascii()


def _parse(text):
    """(numerator, denominator) for a string such as ' -3/4' or '1.5e-3'."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        num, den = num.rstrip(), den.lstrip()
        if not (_digits(num) and _digits(den)):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for mark in ('e', 'E'):
        if mark in s:
            mantissa, _, e = s.partition(mark)
            esign = 1
            if e[:1] in ('+', '-'):
                esign = -1 if e[0] == '-' else 1
                e = e[1:]
            if not _digits(e):
                return None
            exp = esign * int(e)
            break
    whole, dot, frac = mantissa.partition('.')
    if not whole and not frac:
        return None
    if (whole and not _digits(whole)) or (frac and not _digits(frac)):
        return None
    num = int(whole or '0')
    den = 1
    if frac:
        den = 10 ** len(frac.replace('_', ''))
        num = num * den + int(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _general_spec(spec):
    """[[fill]align][sign][#][width][,|_] as (fill, align, sign, alt, width,
    sep), or None when spec has anything else (a precision, a type)."""
    i = 0
    fill, align = ' ', '>'
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    sign = '-'
    if spec[i:i + 1] in ('-', '+', ' '):
        sign, i = spec[i], i + 1
    alt = spec[i:i + 1] == '#'
    if alt:
        i += 1
    j = i
    while j < len(spec) and spec[j] in '0123456789':
        j += 1
    digits = spec[i:j]
    if len(digits) > 1 and digits[0] == '0':
        return None
    width = int(digits) if digits else 0
    sep = ''
    if spec[j:j + 1] in (',', '_'):
        sep, j = spec[j], j + 1
    if j != len(spec):
        return None
    return fill, align, sign, alt, width, sep


class Fraction(object):
    """A rational number numerator/denominator in lowest terms, with a
    positive denominator.

    Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75) and
    Fraction(Fraction(3, 4)) are all Fraction(3, 4).
    """

    __slots__ = ('_numerator', '_denominator')

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if isinstance(numerator, int):
                n, d = numerator, 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                n, d = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif _is_rational(numerator) and _is_rational(denominator):
            if isinstance(numerator, int) and isinstance(denominator, int):
                n, d = numerator, denominator
            else:
                # (a/b) / (c/d) == (a*d) / (b*c)
                a, b = _pair(numerator)
                c, e = _pair(denominator)
                n, d = a * e, b * c
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = int(n // g)
        self._denominator = int(d // g)

    @classmethod
    def _raw(cls, n, d):
        """A Fraction from n/d already in lowest terms with d > 0."""
        f = object.__new__(cls)
        f._numerator = n
        f._denominator = d
        return f

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal."""
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two
        # convergents p0/q0 and p1/q1, until the next denominator is too big.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # The best answer is the last convergent or the largest
        # semiconvergent that still fits; take whichever is closer.
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        last = Fraction(p1, q1)
        if abs(last - self) <= abs(semi - self):
            return last
        return semi

    # -- text -------------------------------------------------------------

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        kind = spec[-1]
        if kind in 'fF%':
            return _format_fixed(self, spec)
        if kind in 'eEgG':
            return format(float(self), spec)
        general = _general_spec(spec)
        if general is not None:
            return self._format_general(*general)
        raise ValueError('Invalid format specifier %r for object of type %r'
                         % (spec, type(self).__name__))

    def _format_general(self, fill, align, sign, alt, width, sep):
        # No presentation type: 'n/d' (or 'n' for an integer, unless '#').
        n, d = self._numerator, self._denominator
        body = format(abs(n), sep)
        if d > 1 or alt:
            body += '/' + format(d, sep)
        sign = '-' if n < 0 else ('' if sign == '-' else sign)
        padding = fill * (width - len(sign) - len(body))
        if align == '<':
            return sign + body + padding
        if align == '^':
            half = len(padding) // 2
            return padding[:half] + sign + body + padding[half:]
        if align == '=':
            return sign + padding + body
        return padding + sign + body

    # -- arithmetic -------------------------------------------------------

    def __add__(a, b):
        return _arith(a, b, _add, _float_add, False)

    def __radd__(b, a):
        return _arith(b, a, _add, _float_add, True)

    def __sub__(a, b):
        return _arith(a, b, _sub, _float_sub, False)

    def __rsub__(b, a):
        return _arith(b, a, _sub, _float_sub, True)

    def __mul__(a, b):
        return _arith(a, b, _mul, _float_mul, False)

    def __rmul__(b, a):
        return _arith(b, a, _mul, _float_mul, True)

    def __truediv__(a, b):
        return _arith(a, b, _div, _float_truediv, False)

    def __rtruediv__(b, a):
        return _arith(b, a, _div, _float_truediv, True)

    def __floordiv__(a, b):
        return _arith(a, b, _floordiv, _float_floordiv, False)

    def __rfloordiv__(b, a):
        return _arith(b, a, _floordiv, _float_floordiv, True)

    def __mod__(a, b):
        return _arith(a, b, _mod, _float_mod, False)

    def __rmod__(b, a):
        return _arith(b, a, _mod, _float_mod, True)

    def __divmod__(a, b):
        return _arith(a, b, _divmod, divmod, False)

    def __rdivmod__(b, a):
        return _arith(b, a, _divmod, divmod, True)

    def __pow__(a, b):
        if _is_rational(b):
            b = _as_fraction(b)
            if b._denominator == 1:
                return _int_power(a, b._numerator)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        # a ** b where b is this Fraction
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._raw(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._raw(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._raw(abs(a._numerator), a._denominator)

    def __int__(a):
        return a.__trunc__()

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rest = divmod(self._numerator, self._denominator)
            twice = rest * 2
            # Exactly half way: round to the even neighbour.
            if twice < self._denominator or (twice == self._denominator and floor % 2 == 0):
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        # Integer true division is correctly rounded.
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        d = self._denominator
        if d % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            # Multiply by the inverse of d modulo the prime (Fermat).
            h = abs(self._numerator) % _HASH_MODULUS * pow(d, _HASH_MODULUS - 2, _HASH_MODULUS) % _HASH_MODULUS
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons ------------------------------------------------------

    def __eq__(a, b):
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def __lt__(a, b):
        return _compare(a, b, lambda x, y: x < y)

    def __gt__(a, b):
        return _compare(a, b, lambda x, y: x > y)

    def __le__(a, b):
        return _compare(a, b, lambda x, y: x <= y)

    def __ge__(a, b):
        return _compare(a, b, lambda x, y: x >= y)

    # -- copying ----------------------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# Float fallbacks for the operators (the interpreter has no float.__add__
# and friends as unbound methods).
def _float_add(x, y): return x + y
def _float_sub(x, y): return x - y
def _float_mul(x, y): return x * y
def _float_truediv(x, y): return x / y
def _float_floordiv(x, y): return x // y
def _float_mod(x, y): return x % y


def _pair(x):
    if isinstance(x, int):
        return x, 1
    return x._numerator, x._denominator


def _as_fraction(x):
    return x if isinstance(x, Fraction) else Fraction._raw(int(x), 1)


def _arith(this, other, exact, inexact, reflected):
    """this (a Fraction) combined with other; reflected means other is on
    the left. Rationals give exact results, floats float results."""
    if _is_rational(other):
        other = _as_fraction(other)
        return exact(other, this) if reflected else exact(this, other)
    if isinstance(other, float):
        return inexact(other, float(this)) if reflected else inexact(float(this), other)
    if isinstance(other, complex):
        return inexact(other, complex(this)) if reflected else inexact(complex(this), other)
    return NotImplemented


def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        # CPython reports the reduced pair, which is always 1/0 here.
        raise ZeroDivisionError('Fraction(1, 0)')
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    d = a._denominator * b._denominator
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), d)


def _divmod(a, b):
    d = a._denominator * b._denominator
    q, r = divmod(a._numerator * b._denominator, b._numerator * a._denominator)
    return q, Fraction(r, d)


def _int_power(a, p):
    if p >= 0:
        return Fraction._raw(a._numerator ** p, a._denominator ** p)
    if a._numerator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -p))
    n, d = a._denominator ** -p, a._numerator ** -p
    if d < 0:
        n, d = -n, -d
    return Fraction._raw(n, d)


def _compare(a, b, op):
    if _is_rational(b):
        b = _as_fraction(b)
        return op(a._numerator * b._denominator, b._numerator * a._denominator)
    if isinstance(b, float):
        if math.isnan(b) or math.isinf(b):
            return op(0.0, b)
        return _compare(a, Fraction(b), op)
    return NotImplemented


def _format_fixed(value, spec):
    """format() for the 'f', 'F' and '%' presentation types, exactly."""
    kind = spec[-1]
    body = spec[:-1]
    precision = 6
    if '.' in body:
        body, _, digits = body.partition('.')
        precision = int(digits)
    if kind == '%':
        value = value * 100
    scaled = round(abs(value) * 10 ** precision)
    text = str(scaled).rjust(precision + 1, '0')
    if precision:
        text = text[:-precision] + '.' + text[-precision:]
    if kind == '%':
        text += '%'
    negative = value < 0
    # Sign, fill, alignment and width are applied like float formatting.
    return _pad(text, negative, body)


def _pad(text, negative, body):
    fill, align, sign = ' ', '>', '-'
    if len(body) >= 2 and body[1] in '<>^=':
        fill, align, body = body[0], body[1], body[2:]
    elif body[:1] in ('<', '>', '^', '='):
        align, body = body[0], body[1:]
    if body[:1] in ('+', '-', ' '):
        sign, body = body[0], body[1:]
    if body.startswith('0') and len(body) > 1:
        fill, align, body = '0', '=', body[1:]
    width = int(body) if body.isdigit() else 0
    prefix = '-' if negative else ('' if sign == '-' else sign)
    pad = width - len(prefix) - len(text)
    if pad <= 0:
        return prefix + text
    if align == '<':
        return prefix + text + fill * pad
    if align == '^':
        return fill * (pad // 2) + prefix + text + fill * (pad - pad // 2)
    if align == '=':
        return prefix + fill * pad + text
    return fill * pad + prefix + text

# CPython's Fraction derives from numbers.Rational: register it as one.
import numbers as _numbers
_numbers.Rational.register(Fraction)
del _numbers
