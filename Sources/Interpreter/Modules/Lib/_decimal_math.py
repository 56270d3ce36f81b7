"""The arithmetic behind decimal.Decimal, on (sign, coefficient, exponent).

Every operation first computes an exact (or, for division, square root and
the transcendental functions, an over-long "sticky") coefficient, then
finish() rounds it once to the context: that single rounding is what makes
results correctly rounded as the specification requires.
"""

import math
from _decimal_context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, Context, InvalidOperation,
    DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact, Rounded,
    Subnormal, Overflow, Underflow, Clamped)

_new = _Decimal = _nan_result = _invalid = None


def setup(new, decimal_class, nan_result, invalid):
    """Called by decimal.py once Decimal exists (the files import each other)."""
    global _new, _Decimal, _nan_result, _invalid
    _new, _Decimal, _nan_result, _invalid = new, decimal_class, nan_result, invalid


_STR_LIMIT = 10 ** 4000


def _ndigits(c):
    if c < _STR_LIMIT:
        return len(str(c))
    # Past the int-to-str digit limit: estimate from the bit length, then fix.
    d = c.bit_length() * 30103 // 100000
    while 10 ** d <= c:
        d += 1
    while d > 1 and 10 ** (d - 1) > c:
        d -= 1
    return d


def round_coef(sign, c, drop, rounding):
    """c with its last `drop` digits rounded away: (new c, inexact)."""
    if drop <= 0:
        return c * 10 ** -drop, False
    if drop > _ndigits(c) + 1:
        # Everything goes: below half of the last kept unit, never a tie.
        q, r, half = 0, (1 if c else 0), 2
    else:
        q, r = divmod(c, 10 ** drop)
        half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = r != 0
    elif rounding == ROUND_CEILING:
        up = r != 0 and sign == 0
    elif rounding == ROUND_FLOOR:
        up = r != 0 and sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP: away from zero only if the kept digit is 0 or 5
        up = r != 0 and q % 5 == 0
    return q + 1 if up else q, r != 0


def finish(d, ctx, rounding=None):
    """d rounded to ctx.prec and checked against the exponent limits."""
    if d._kind != 'F':
        return d
    rounding = rounding or ctx.rounding
    sign, c, e = d._sign, d._int, d._exp
    conds = []
    n = _ndigits(c)
    etiny = ctx.Emin - ctx.prec + 1
    subnormal = bool(c) and e + n - 1 < ctx.Emin
    if subnormal:
        # Subnormal: the exponent may not go below Etiny.
        if e < etiny:
            c, inexact = round_coef(sign, c, etiny - e, rounding)
            e = etiny
            conds.append(Subnormal)
            conds.append(Rounded)
            if inexact:
                conds += [Inexact, Underflow]
            if c == 0:
                conds.append(Clamped)
        else:
            conds.append(Subnormal)
    elif n > ctx.prec:
        c, inexact = round_coef(sign, c, n - ctx.prec, rounding)
        e += n - ctx.prec
        if _ndigits(c) > ctx.prec:
            c //= 10
            e += 1
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
    if c and not subnormal and e + _ndigits(c) - 1 > ctx.Emax:
        conds = [Overflow, Inexact, Rounded]
        ctx._raise(conds)
        if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                (rounding == ROUND_CEILING and sign == 0) or (rounding == ROUND_FLOOR and sign == 1):
            return _new(sign, 0, 0, 'I')
        return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    if c == 0:
        # A zero keeps its exponent within [Etiny, Emax] (Etop when clamping).
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        if e > top:
            e = top
            conds.append(Clamped)
        elif e < etiny:
            e = etiny
            conds.append(Clamped)
    if ctx.clamp and c and e > ctx.Emax - ctx.prec + 1:
        top = ctx.Emax - ctx.prec + 1
        c *= 10 ** (e - top)
        e = top
        conds.append(Clamped)
    ctx._raise(conds)
    if c == d._int and e == d._exp:
        return d
    return _new(sign, c, e)


# ---- comparisons -------------------------------------------------------

def compare(a, b):
    """-1, 0 or 1 for non-NaN a and b."""
    if a._kind == 'I' or b._kind == 'I':
        va = 0 if a._kind != 'I' else (-1 if a._sign else 1)
        vb = 0 if b._kind != 'I' else (-1 if b._sign else 1)
        if va == vb:
            return 0
        if va or vb:
            return (va > vb) - (va < vb) if (va and vb) else (va - vb if va else -vb)
    za, zb = a._int == 0, b._int == 0
    sa = 0 if za else (-1 if a._sign else 1)
    sb = 0 if zb else (-1 if b._sign else 1)
    if sa != sb:
        return (sa > sb) - (sa < sb)
    if sa == 0:
        return 0
    adj_a = a._exp + _ndigits(a._int)
    adj_b = b._exp + _ndigits(b._int)
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
        return r * sa
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    return ((x > y) - (x < y)) * sa


def compare_total(a, b):
    def key(d):
        rank = {'F': 1, 'I': 2, 'n': 4, 'N': 3}[d._kind]
        return rank
    if a._sign != b._sign:
        return -1 if a._sign else 1
    sgn = -1 if a._sign else 1
    ka, kb = key(a), key(b)
    if ka != kb:
        return sgn * (1 if ka > kb else -1)
    if a._kind in 'nN':
        return sgn * ((a._int > b._int) - (a._int < b._int))
    c = compare(a, b)
    if c == 0 and a._kind == 'F':
        c = (a._exp > b._exp) - (a._exp < b._exp)
        return c * sgn
    return c


def minmax(a, b, ctx, want_max):
    if a._kind in 'nN' or b._kind in 'nN':
        if a._kind == 'N' or b._kind == 'N':
            return _nan_result(ctx, a, b)
        if a._kind == 'n' and b._kind == 'n':
            return a
        return finish(b if a._kind == 'n' else a, ctx)
    c = compare(a, b)
    if c == 0:
        c = compare_total(a, b)
    pick = a if (c >= 0) == want_max else b
    return finish(pick, ctx)


# ---- the four operations ---------------------------------------------

def _zero_sign(sa, sb, ctx):
    if sa == sb:
        return sa
    return 1 if ctx.rounding == ROUND_FLOOR else 0


def add(a, b, ctx, negated=False):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        if negated and nan is b or (negated and b._kind == 'n' and a._kind != 'N' and nan._kind == 'n' and a._kind != 'n'):
            return nan.copy_negate()
        return nan
    if a._kind == 'I' or b._kind == 'I':
        if a._kind == 'I' and b._kind == 'I' and a._sign != b._sign:
            return _invalid(ctx)
        return a if a._kind == 'I' else b
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    s = (-x if a._sign else x) + (-y if b._sign else y)
    if s == 0:
        return finish(_new(_zero_sign(a._sign, b._sign, ctx), 0, e), ctx)
    return finish(_new(1 if s < 0 else 0, abs(s), e), ctx)


def mul(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == 'I' or b._kind == 'I':
        if (a._kind == 'F' and a._int == 0) or (b._kind == 'F' and b._int == 0):
            return _invalid(ctx)
        return _new(sign, 0, 0, 'I')
    return finish(_new(sign, a._int * b._int, a._exp + b._exp), ctx)


def _div_exact(sign, ca, ea, cb, eb, ctx):
    """ca*10**ea / cb*10**eb with prec+1 digits and a sticky last digit."""
    ideal = ea - eb
    shift = ctx.prec + 1 + _ndigits(cb) - _ndigits(ca)
    if shift >= 0:
        q, r = divmod(ca * 10 ** shift, cb)
    else:
        q, r = divmod(ca, cb * 10 ** -shift)
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return finish(_new(sign, q, e), ctx)


def div(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == 'I':
        if b._kind == 'I':
            return _invalid(ctx)
        return _new(sign, 0, 0, 'I')
    if b._kind == 'I':
        ctx._raise([Clamped])
        return _new(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, DivisionUndefined)
        ctx._raise([DivisionByZero])
        return _new(sign, 0, 0, 'I')
    if a._int == 0:
        return finish(_new(sign, 0, a._exp - b._exp), ctx)
    return _div_exact(sign, a._int, a._exp, b._int, b._exp, ctx)


def _intdiv(a, b, ctx, want):
    """(quotient, remainder) of integer division; want is 'q', 'r' or 'qr'."""
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._kind == 'I':
        if b._kind == 'I':
            r = _invalid(ctx)
            return r, r
        q = _new(sign, 0, 0, 'I')
        if want == 'q':
            return q, None
        return q, _invalid(ctx)
    if b._kind == 'I':
        return _new(sign, 0, 0), finish(a, ctx)
    if b._int == 0:
        if a._int == 0:
            r = _invalid(ctx, DivisionUndefined)
            return r, r
        if want == 'r':
            return None, _invalid(ctx)
        ctx._raise([DivisionByZero])
        q = _new(sign, 0, 0, 'I')
        if want == 'qr':
            return q, _invalid(ctx)
        return q, None
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx.prec:
        r = _invalid(ctx, DivisionImpossible)
        return r, r
    rem = finish(_new(a._sign, r, e), ctx) if want != 'q' else None
    return finish(_new(sign, q, 0), ctx), rem


def divmod_(a, b, ctx):
    return _intdiv(a, b, ctx, 'qr')


def floordiv(a, b, ctx):
    return _intdiv(a, b, ctx, 'q')[0]


def mod(a, b, ctx):
    return _intdiv(a, b, ctx, 'r')[1]


def remainder_near(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    if a._kind == 'I' or (b._kind == 'F' and b._int == 0):
        return _invalid(ctx, DivisionUndefined if a._kind == 'F' and a._int == 0 else InvalidOperation)
    if b._kind == 'I':
        return finish(a, ctx)
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    q, r = divmod(x, y)
    if 2 * r > y or (2 * r == y and q % 2 == 1):
        r -= y
        q += 1
    if _ndigits(q) > ctx.prec:
        return _invalid(ctx, DivisionImpossible)
    sign = a._sign if r >= 0 else 1 - a._sign
    return finish(_new(sign, abs(r), e), ctx)


# ---- powers ------------------------------------------------------------

def _is_integral(d):
    if d._kind != 'F':
        return False
    if d._exp >= 0:
        return True
    return d._int % 10 ** -d._exp == 0


def power(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    integral = _is_integral(b)
    n = int(b) if integral else None
    if a._kind == 'F' and a._int == 0:
        if b._kind == 'F' and b._int == 0:
            return _invalid(ctx)
        sign = a._sign if (integral and n % 2 == 1) else 0
        if b._sign:
            return _new(sign, 0, 0, 'I')
        return _new(sign, 0, 0)
    if a._sign and not integral:
        if b._kind == 'I':
            return _invalid(ctx)
        return _invalid(ctx)
    if a._kind == 'I':
        sign = a._sign if (integral and n % 2 == 1) else 0
        if b._kind == 'F' and b._int == 0:
            return _new(0, 1, 0)
        return _new(sign, 0, 0, 'I') if not b._sign else _new(sign, 0, 0)
    if b._kind == 'I':
        cmp1 = compare(a.copy_abs(), _new(0, 1, 0))
        if cmp1 == 0:
            ctx._raise([Inexact, Rounded])
            return finish(_new(0, 10 ** (ctx.prec - 1), 1 - ctx.prec), ctx)
        big = (cmp1 > 0) != bool(b._sign)
        return _new(0, 0, 0, 'I') if big else _new(0, 0, 0)
    if integral:
        sign = a._sign if n % 2 == 1 else 0
        m = abs(n)
        if m * max(1, a.adjusted() + 1) > 10 * (ctx.Emax + ctx.prec) and a.adjusted() != 0:
            return _overflow_or_underflow(sign, (a.adjusted() >= 0) == (n > 0), ctx)
        if n >= 0:
            return finish(_new(sign, a._int ** m, a._exp * m), ctx)
        # libmpdec rounds a subnormal reciprocal half-even whatever the mode.
        local = ctx.copy()
        local.clear_flags()
        local.clear_traps()
        local.rounding = ROUND_HALF_EVEN
        r = _div_exact(sign, 1, 0, a._int ** m, a._exp * m, local)
        if local.flags[Subnormal]:
            ctx._raise([s for s in (Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped) if local.flags[s]])
            return r
        return _div_exact(sign, 1, 0, a._int ** m, a._exp * m, ctx)
    # Non-integral exponent of a positive base: exp(b * ln(a)).
    w = ctx.prec + 20
    exact = _exact_root_power(a, b, w, ctx)
    if exact is not None:
        return exact
    la = _ln_fixed(a, w)
    bv = (-b._int if b._sign else b._int)
    t = la * bv
    t = t * 10 ** b._exp if b._exp >= 0 else _rdiv(t, 10 ** -b._exp)
    return _exp_from_fixed(t, w, ctx, ctx.rounding)


def _exact_root_power(a, b, w, ctx):
    """a**b when it is exactly representable in ctx.prec digits (4 ** 1.5),
    which libmpdec returns exactly in every rounding mode; else None."""
    num, den = (-b._int if b._sign else b._int), 10 ** -b._exp
    g = math.gcd(num, den)
    num, den = num // g, den // g
    if den > 64 or abs(num) > 64:
        return None
    la = _ln_fixed(a, w)
    t = la * num
    t = _rdiv(t, den) if t >= 0 else -_rdiv(-t, den)
    local = ctx.copy()
    local.clear_flags()
    local.clear_traps()
    y = _exp_from_fixed(t, w, local, ROUND_HALF_EVEN)
    if y._kind != 'F' or local.flags[Overflow] or local.flags[Underflow] or local.flags[Subnormal]:
        return None
    # y ** den == a ** num, on exact integers
    lhs_c, lhs_e = y._int ** den, y._exp * den
    if num >= 0:
        rhs_c, rhs_e = a._int ** num, a._exp * num
    else:
        lhs_c, lhs_e = lhs_c * a._int ** -num, lhs_e + a._exp * -num
        rhs_c, rhs_e = 1, 0
    m = min(lhs_e, rhs_e)
    if lhs_c * 10 ** (lhs_e - m) != rhs_c * 10 ** (rhs_e - m):
        return None
    ctx._raise([Inexact, Rounded])
    return y


def _overflow_or_underflow(sign, big, ctx):
    if big:
        ctx._raise([Overflow, Inexact, Rounded])
        return _new(sign, 0, 0, 'I')
    ctx._raise([Underflow, Subnormal, Inexact, Rounded, Clamped])
    return _new(sign, 0, ctx.Emin - ctx.prec + 1)


def powmod(a, b, m, ctx):
    for d in (a, b, m):
        if d._kind != 'F' or not _is_integral(d):
            return _invalid(ctx)
    if b._sign or m._int == 0:
        return _invalid(ctx)
    r = pow(int(a), int(b), int(m))
    return _Decimal(r)


# ---- rounding to an exponent ------------------------------------------

def quantize(a, q, rounding, ctx):
    nan = _nan_result(ctx, a, q)
    if nan is not None:
        return nan
    if a._kind == 'I' or q._kind == 'I':
        if a._kind == 'I' and q._kind == 'I':
            return a
        return _invalid(ctx)
    e = q._exp
    if e > ctx.Emax or e < ctx.Emin - ctx.prec + 1:
        return _invalid(ctx)
    if a._int == 0:
        return _new(a._sign, 0, e)
    if e <= a._exp:
        c = a._int * 10 ** (a._exp - e)
        inexact = False
    else:
        c, inexact = round_coef(a._sign, a._int, e - a._exp, rounding)
    if _ndigits(c) > ctx.prec:
        return _invalid(ctx)
    conds = []
    if e > a._exp:
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
    ctx._raise(conds)
    return _new(a._sign, c, e)


def to_integral(a, rounding, ctx, exact):
    if a._kind != 'F':
        nan = _nan_result(ctx, a)
        return nan if nan is not None else a
    if a._exp >= 0:
        return a
    c, inexact = round_coef(a._sign, a._int, -a._exp, rounding)
    if exact and a._int:
        ctx._raise([Inexact, Rounded] if inexact else [Rounded])
    return _new(a._sign, c, 0)


def normalize(a, ctx):
    nan = _nan_result(ctx, a)
    if nan is not None:
        return nan
    if a._kind == 'I':
        return a
    d = finish(a, ctx)
    if d._kind != 'F':
        return d
    if d._int == 0:
        return _new(d._sign, 0, 0)
    c, e = d._int, d._exp
    top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _new(d._sign, c, e)


def next_toward(a, direction, ctx):
    nan = _nan_result(ctx, a)
    if nan is not None:
        return nan
    if a._kind == 'I':
        if (direction > 0) == bool(a._sign):
            return _new(a._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        return a
    if a._int == 0:
        return _new(0 if direction > 0 else 1, 1, ctx.Emin - ctx.prec + 1)
    tiny_exp = min(a._exp, a.adjusted() - ctx.prec) - 2
    tiny = _new(0 if direction > 0 else 1, 1, tiny_exp)
    local = ctx.copy()
    local.clear_traps()
    local.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    return add(a, tiny, local)


# ---- square root, exp and logarithms ----------------------------------

def sqrt(a, ctx):
    nan = _nan_result(ctx, a)
    if nan is not None:
        return nan
    if a._kind == 'I':
        return a if not a._sign else _invalid(ctx)
    if a._int == 0:
        return finish(_new(a._sign, 0, a._exp // 2), ctx)
    if a._sign:
        return _invalid(ctx)
    c, e = a._int, a._exp
    ideal = e // 2
    if e % 2:
        c *= 10
        e -= 1
    k = max(0, ctx.prec + 2 - _ndigits(c) // 2)
    c *= 100 ** k
    r = math.isqrt(c)
    e = e // 2 - k
    if r * r != c:
        if r % 5 == 0:
            r += 1
    else:
        while e < ideal and r % 10 == 0:
            r //= 10
            e += 1
    local = ctx.copy()
    local.rounding = ROUND_HALF_EVEN
    result = finish(_new(0, r, e), local)
    ctx.flags = local.flags
    return result


def _rdiv(a, b):
    """a / b rounded to the nearest integer."""
    q, r = divmod(a, b)
    return q + 1 if 2 * r >= b else q


def _atanh_fixed(num, den, one):
    """atanh(num/den) * one, for |num/den| well below 1."""
    total = 0
    term = _rdiv(num * one, den)
    k = 1
    n2, d2 = num * num, den * den
    while term:
        total += term // k if term > 0 else -((-term) // k)
        term = term * n2 // d2 if term > 0 else -((-term) * n2 // d2)
        k += 2
    return total


def _ln2_fixed(one):
    return 2 * _atanh_fixed(1, 3, one)


def _ln_fixed(a, w):
    """ln(a) * 10**w for a finite positive Decimal a."""
    one = 10 ** (w + 5)
    # a = m * 10**p with m in [1, 10)
    p = a.adjusted()
    m_num, m_den = a._int, 10 ** (_ndigits(a._int) - 1)
    # m = 2**k * y with y in [0.75, 1.5)
    k = 0
    while m_num * 4 >= m_den * 6:
        m_den *= 2
        k += 1
    ln2 = _ln2_fixed(one)
    ln_y = 2 * _atanh_fixed(m_num - m_den, m_num + m_den, one)
    ln10 = 3 * ln2 + 2 * _atanh_fixed(1, 9, one)
    total = ln_y + k * ln2 + p * ln10
    return _rdiv(total, 10 ** 5) if total >= 0 else -_rdiv(-total, 10 ** 5)


def _exp_from_fixed(t, w, ctx, rounding=ROUND_HALF_EVEN):
    """exp(t / 10**w) rounded to ctx, t an int."""
    if abs(t) > 10 ** (w + 9):
        return _overflow_or_underflow(0, t > 0, ctx)
    # exp(x) = 10**n * exp(x - n*ln 10): only a small exponent gets summed.
    extra = len(str(abs(t) // 10 ** w)) + 2
    one = 10 ** (w + extra + 5)
    ln10 = 3 * _ln2_fixed(one) + 2 * _atanh_fixed(1, 9, one)
    ln10 = ln10 // 10 ** 5
    n = (t * 10 ** extra) // ln10
    x = _rdiv(t * 10 ** extra - n * ln10, 10 ** extra)
    one = 10 ** w
    k = 0
    while abs(x) > one // 4:
        x = _rdiv(x, 2) if x >= 0 else -_rdiv(-x, 2)
        k += 1
    guard = 10 ** (k // 3 + 8)
    big = one * guard
    x *= guard
    total = big
    term = big
    i = 1
    while term:
        term = term * x // (i * big) if term * x >= 0 else -((-term * x) // (i * big))
        total += term
        i += 1
    for _ in range(k):
        total = total * total // big
    r = total
    e = -(w + _ndigits(guard) - 1) + n
    if r % 5 == 0:
        r += 1
    local = ctx.copy()
    local.rounding = rounding
    result = finish(_new(0, r, e), local)
    ctx.flags = local.flags
    ctx._raise([Inexact, Rounded])
    return result


def exp(a, ctx):
    nan = _nan_result(ctx, a)
    if nan is not None:
        return nan
    if a._kind == 'I':
        return _new(0, 0, 0) if a._sign else a
    if a._int == 0:
        return _new(0, 1, 0)
    w = ctx.prec + 20
    if a.adjusted() > 8:
        return _overflow_or_underflow(0, not a._sign, ctx)
    v = a._int * 10 ** (a._exp + w) if a._exp + w >= 0 else _rdiv(a._int, 10 ** -(a._exp + w))
    return _exp_from_fixed(-v if a._sign else v, w, ctx)


def _log_special(a, ctx):
    nan = _nan_result(ctx, a)
    if nan is not None:
        return nan
    if a._kind == 'F' and a._int == 0:
        return _new(1, 0, 0, 'I')
    if a._sign:
        return _invalid(ctx)
    if a._kind == 'I':
        return a
    return None


def _fixed_to_decimal(v, w, ctx):
    if v == 0:
        return _new(0, 0, 0)
    r = abs(v)
    if r % 5 == 0:
        r += 1
    local = ctx.copy()
    local.rounding = ROUND_HALF_EVEN
    result = finish(_new(1 if v < 0 else 0, r, -w), local)
    ctx.flags = local.flags
    ctx._raise([Inexact, Rounded])
    return result


def ln(a, ctx):
    special = _log_special(a, ctx)
    if special is not None:
        return special
    if a._int == 10 ** (_ndigits(a._int) - 1) and a.adjusted() == 0:
        return _new(0, 0, 0)
    w = ctx.prec + 20 + _ndigits(abs(a.adjusted()))
    return _fixed_to_decimal(_ln_fixed(a, w), w, ctx)


def log10(a, ctx):
    special = _log_special(a, ctx)
    if special is not None:
        return special
    if a._int == 10 ** (_ndigits(a._int) - 1):
        return finish(_Decimal(a.adjusted()), ctx)
    w = ctx.prec + 20 + _ndigits(abs(a.adjusted()))
    one = 10 ** (w + 5)
    ln10 = 3 * _ln2_fixed(one) + 2 * _atanh_fixed(1, 9, one)
    v = _ln_fixed(a, w + 5)
    q = v * 10 ** w // ln10 if v >= 0 else -((-v) * 10 ** w // ln10)
    return _fixed_to_decimal(q, w, ctx)
