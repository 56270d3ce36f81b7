"""str(), to_eng_string() and format() for decimal.Decimal."""

from _decimal_math import round_coef


def _special(d, capitals=1):
    sign = '-' if d._sign else ''
    if d._kind == 'I':
        return sign + 'Infinity'
    payload = str(d._int) if d._int else ''
    return sign + ('sNaN' if d._kind == 'N' else 'NaN') + payload


def to_string(d, eng, capitals):
    """Scientific (or engineering) string, as the specification defines."""
    if d._kind != 'F':
        return _special(d)
    sign = '-' if d._sign else ''
    digits = str(d._int)
    exp = d._exp
    left = exp + len(digits)
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        intpart = '0'
        frac = '.' + '0' * -dot + digits
    elif dot >= len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot]
        frac = '.' + digits[dot:]
    if left == dot:
        e = ''
    else:
        e = ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + intpart + frac + e


def _parse_spec(spec):
    """The fields of a format spec, or ValueError as CPython words it."""
    out = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'alt': False,
           'zero': False, 'width': 0, 'group': '', 'prec': None, 'type': None}
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        out['fill'], out['align'] = spec[0], spec[1]
        i = 2
    elif spec[:1] and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if spec[i:i + 1] and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if spec[i:i + 1] == 'z':
        out['z'] = True
        i += 1
    if spec[i:i + 1] == '#':
        out['alt'] = True
        i += 1
    if spec[i:i + 1] == '0':
        out['zero'] = True
        i += 1
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    if i > start:
        out['width'] = int(spec[start:i])
    if spec[i:i + 1] == ',':
        out['group'] = spec[i]
        i += 1
    if spec[i:i + 1] == '.':
        i += 1
        start = i
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        out['prec'] = int(spec[start:i])
    if i < len(spec):
        out['type'] = spec[i]
        i += 1
    if i != len(spec) or (out['type'] is not None and out['type'] not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    return out


def _rounded(d, exp, rounding):
    """(coefficient, exponent) of d rounded to exponent exp (never raised)."""
    if exp <= d._exp:
        return d._int * 10 ** (d._exp - exp), exp
    c, _ = round_coef(d._sign, d._int, exp - d._exp, rounding)
    return c, exp


def _sig_round(d, digits, rounding):
    """d rounded to `digits` significant digits."""
    n = len(str(d._int))
    if d._int == 0 or n <= digits:
        return d._int, d._exp
    c, e = _rounded(d, d._exp + n - digits, rounding)
    if len(str(c)) > digits:
        c //= 10
        e += 1
    return c, e


def format_decimal(d, spec, ctx):
    f = _parse_spec(spec)
    t = f['type']
    rounding = ctx.rounding
    sign = d._sign
    if d._kind != 'F':
        body = _special(d)[1 if d._sign else 0:]
        if t == '%':
            body += '%'
    else:
        c, e = d._int, d._exp
        p = f['prec']
        if t == '%':
            e += 2
        if t in ('f', 'F', '%'):
            if p is not None:
                c, e = _rounded(_Proxy(sign, c, e), -p, rounding)
            digits = str(c)
            if e >= 0:
                intpart, frac = digits + '0' * e, ''
            else:
                digits = digits.rjust(-e + 1, '0')
                intpart, frac = digits[:e], digits[e:]
            exp_text = ''
        else:
            if t in ('e', 'E'):
                if p is not None:
                    c, e = _sig_round(_Proxy(sign, c, e), p + 1, rounding)
                    if c == 0:
                        e = d._exp if p == 0 else e
                    digits = str(c)
                    if c == 0:
                        digits = '0' * (p + 1)
                        e = d._exp
                    elif len(digits) < p + 1:
                        e -= p + 1 - len(digits)
                        digits += '0' * (p + 1 - len(digits))
                else:
                    digits = str(c)
                dot = 1
            else:
                if p is not None:
                    c, e = _sig_round(_Proxy(sign, c, e), max(p, 1), rounding)
                digits = str(c)
                left = e + len(digits)
                if t is None and p is None:
                    dot = left if (e <= 0 and left > -6) else 1
                elif e <= 0 and left > -6:
                    dot = left
                else:
                    dot = 1
            left = e + len(digits)
            if dot <= 0:
                intpart, frac = '0', '0' * -dot + digits
            elif dot >= len(digits):
                intpart, frac = digits + '0' * (dot - len(digits)), ''
            else:
                intpart, frac = digits[:dot], digits[dot:]
            if left == dot and t not in ('e', 'E'):
                exp_text = ''
            else:
                ch = 'e' if t in ('e', 'g') else 'E'
                if t is None:
                    ch = 'E' if ctx.capitals else 'e'
                exp_text = ch + '%+d' % (left - dot)
        if f['z'] and sign and not int(intpart or '0') and not int(frac or '0'):
            sign = 0
        if f['group']:
            intpart = _group(intpart, f['group'])
        body = intpart + ('.' + frac if frac or f['alt'] else '') + exp_text
        if t == '%':
            body += '%'
    sign_text = '-' if sign else ('' if f['sign'] == '-' else f['sign'])
    width, fill, align = f['width'], f['fill'], f['align']
    if f['zero'] and align is None:
        fill, align = '0', '='
    align = align or '>'
    pad = width - len(sign_text) - len(body)
    if pad <= 0:
        return sign_text + body
    if align == '<':
        return sign_text + body + fill * pad
    if align == '>':
        return fill * pad + sign_text + body
    if align == '=':
        return sign_text + fill * pad + body
    left = pad // 2
    return fill * left + sign_text + body + fill * (pad - left)


def _group(digits, sep):
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


class _Proxy:
    """Just the fields round_coef helpers read."""

    def __init__(self, sign, c, e):
        self._sign, self._int, self._exp = sign, c, e
