"""Text formats for the datetime module: strftime, strptime, ISO 8601 parsing.

strftime follows glibc in the C locale (what CPython uses on Linux); strptime
mirrors CPython's regular-expression based parser with a small backtracking
matcher, so ambiguous inputs such as '%Y%m%d' resolve the same way.
"""

DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
             'Saturday', 'Sunday']
MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June',
               'July', 'August', 'September', 'October', 'November',
               'December']


def _offset_text(off, sep):
    """A utcoffset() timedelta as +HH<sep>MM[<sep>SS[.ffffff]]."""
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    us_total = (off.days * 86400 + off.seconds) * 1000000 + off.microseconds
    secs, us = divmod(us_total, 1000000)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        text += '%s%02d' % (sep, ss)
        if us:
            text += '.%06d' % us
    return text


def strftime(obj, fmt, fields):
    """Format fields (year, month, day, hour, minute, second, microsecond,
    ordinal-day-of-year, weekday) of obj by the directives in fmt."""
    y, mo, d, H, M, S, us, yday, wd = fields
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == ':' and i < n and fmt[i] == 'z':
            i += 1
            off = obj.utcoffset()
            out.append('' if off is None else _offset_text(off, ':'))
            continue
        out.append(_directive(obj, k, y, mo, d, H, M, S, us, yday, wd))
    return ''.join(out)


def _iso_year_week(y, yday, wd):
    """(ISO year, ISO week, ISO weekday 1..7) from year, day of year, weekday."""
    week = (yday - (wd + 1) + 10) // 7
    if week < 1:
        py = y - 1
        pdays = 366 if (py % 4 == 0 and (py % 100 != 0 or py % 400 == 0)) else 365
        return _iso_year_week(py, yday + pdays, wd)
    days = 366 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 365
    if week == 53 and (days - yday) < 3 - wd:
        return y + 1, 1, wd + 1
    return y, week, wd + 1


def _directive(obj, k, y, mo, d, H, M, S, us, yday, wd):
    sunday_wd = (wd + 1) % 7
    if k == 'Y':
        return str(y)
    if k == 'y':
        return '%02d' % (y % 100)
    if k == 'C':
        return '%02d' % (y // 100) if y >= 1000 else str(y // 100)
    if k == 'm':
        return '%02d' % mo
    if k == 'd':
        return '%02d' % d
    if k == 'e':
        return '%2d' % d
    if k == 'H':
        return '%02d' % H
    if k == 'k':
        return '%2d' % H
    if k in 'Il':
        h12 = H % 12 or 12
        return ('%02d' if k == 'I' else '%2d') % h12
    if k == 'M':
        return '%02d' % M
    if k == 'S':
        return '%02d' % S
    if k == 'f':
        return '%06d' % us
    if k == 'p':
        return 'AM' if H < 12 else 'PM'
    if k == 'A':
        return DAY_NAMES[wd]
    if k == 'a':
        return DAY_NAMES[wd][:3]
    if k == 'B':
        return MONTH_NAMES[mo]
    if k in 'bh':
        return MONTH_NAMES[mo][:3]
    if k == 'j':
        return '%03d' % yday
    if k == 'w':
        return str(sunday_wd)
    if k == 'u':
        return str(wd + 1)
    if k == 'U':
        return '%02d' % ((yday + 6 - sunday_wd) // 7)
    if k == 'W':
        return '%02d' % ((yday + 6 - wd) // 7)
    if k in 'GVg':
        iy, iw, _ = _iso_year_week(y, yday, wd)
        if k == 'G':
            return str(iy)
        if k == 'g':
            return '%02d' % (iy % 100)
        return '%02d' % iw
    if k == 'z':
        off = obj.utcoffset()
        return '' if off is None else _offset_text(off, '')
    if k == 'Z':
        name = obj.tzname()
        return '' if name is None else name.replace('%', '%%')
    if k == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (DAY_NAMES[wd][:3], MONTH_NAMES[mo][:3],
                                                d, H, M, S, y)
    if k in 'xD':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if k in 'XT':
        return '%02d:%02d:%02d' % (H, M, S)
    if k == 'F':
        return '%d-%02d-%02d' % (y, mo, d)
    if k == 'R':
        return '%02d:%02d' % (H, M)
    if k == 'r':
        return '%02d:%02d:%02d %s' % (H % 12 or 12, M, S, 'AM' if H < 12 else 'PM')
    if k == 'n':
        return '\n'
    if k == 't':
        return '\t'
    if k == '%':
        return '%'
    return '%' + k


# -- strptime ------------------------------------------------------------------

def _digits_at(s, i, count):
    part = s[i:i + count]
    return len(part) == count and part.isdigit() and part.isascii()


def _two_then_one(s, i, ok2, ok1):
    """Candidate lengths for a 1-2 digit field: the two-digit form first."""
    out = []
    if _digits_at(s, i, 2) and ok2(int(s[i:i + 2])):
        out.append(2)
    if _digits_at(s, i, 1) and ok1(int(s[i])):
        out.append(1)
    return out


def _names_at(s, i, names):
    """Lengths of the names (longest first) that s has at i, any case."""
    low = s[i:].lower()
    found = sorted({len(x) for x in names if low.startswith(x.lower())}, reverse=True)
    return found


def _zone_lengths(s, i):
    if s[i:i + 1] == 'Z':
        return [1]
    if s[i:i + 1] not in ('+', '-') or not _digits_at(s, i + 1, 2):
        return []
    j = i + 3
    if s[j:j + 1] == ':':
        j += 1
    if not (_digits_at(s, j, 2) and s[j] in '012345'):
        return []
    j += 2
    out = [j - i]
    k = j + 1 if s[j:j + 1] == ':' else j
    if _digits_at(s, k, 2) and s[k] in '012345':
        k += 2
        longer = [k - i]
        if s[k:k + 1] == '.':
            m = k + 1
            while m < len(s) and m - k - 1 < 6 and s[m].isdigit():
                m += 1
            if m > k + 1:
                longer = [m - i] + longer
        out = longer + out
    return out


def _candidates(k, s, i):
    """Possible lengths of the text matched by directive %k at s[i:], in the
    order CPython's regular expression tries them."""
    if k == 'd':
        out = _two_then_one(s, i, lambda v: 1 <= v <= 31, lambda v: v >= 1)
        if s[i:i + 1] == ' ' and _digits_at(s, i + 1, 1) and s[i + 1] != '0':
            out.append(2)
        return out
    if k in 'mI':
        return _two_then_one(s, i, lambda v: 1 <= v <= 12, lambda v: v >= 1)
    if k == 'H':
        return _two_then_one(s, i, lambda v: v <= 23, lambda v: True)
    if k == 'M':
        return _two_then_one(s, i, lambda v: v <= 59, lambda v: True)
    if k == 'S':
        return _two_then_one(s, i, lambda v: v <= 61, lambda v: True)
    if k in 'UWV':
        return _two_then_one(s, i, lambda v: v <= 53 and (k != 'V' or v >= 1),
                             lambda v: True)
    if k in 'YG':
        return [4] if _digits_at(s, i, 4) else []
    if k == 'y':
        return [2] if _digits_at(s, i, 2) else []
    if k == 'f':
        n = 0
        while n < 6 and _digits_at(s, i + n, 1):
            n += 1
        return list(range(n, 0, -1))
    if k == 'j':
        out = []
        if _digits_at(s, i, 3) and 1 <= int(s[i:i + 3]) <= 366:
            out.append(3)
        if _digits_at(s, i, 2) and s[i] != '0':
            out.append(2)
        elif _digits_at(s, i, 2) and s[i + 1] != '0':
            out.append(2)
        if _digits_at(s, i, 1) and s[i] != '0':
            out.append(1)
        return out
    if k == 'w':
        return [1] if _digits_at(s, i, 1) and s[i] in '0123456' else []
    if k == 'u':
        return [1] if _digits_at(s, i, 1) and s[i] in '1234567' else []
    if k == 'p':
        return _names_at(s, i, ['am', 'pm'])
    if k == 'A':
        return _names_at(s, i, DAY_NAMES)
    if k == 'a':
        return _names_at(s, i, [x[:3] for x in DAY_NAMES])
    if k == 'B':
        return _names_at(s, i, MONTH_NAMES[1:])
    if k in 'bh':
        return _names_at(s, i, [x[:3] for x in MONTH_NAMES[1:]])
    if k == 'z':
        return _zone_lengths(s, i)
    if k == 'Z':
        return _names_at(s, i, ['utc', 'gmt'])
    return None


_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
               'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d'}


def _tokens(fmt):
    """fmt as a list of ('%', letter), (' ', None) and (literal, None)."""
    toks = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            k = fmt[i + 1]
            i += 2
            if k in _EXPANSIONS:
                toks.extend(_tokens(_EXPANSIONS[k]))
            elif k == '%':
                toks.append(('%', None))
            elif k == ':' and fmt[i:i + 1] == 'z':
                i += 1
                toks.append(('%', 'z'))
            elif _candidates(k, '', 0) is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (k, '%' + k))
            else:
                toks.append(('%', k))
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            toks.append((' ', None))
        else:
            toks.append((c, None))
            i += 1
    return toks


def _match(toks, t, s, i, found):
    """Match toks[t:] against s from i, filling found; the end index or -1."""
    if t == len(toks):
        return i
    lit, k = toks[t]
    if lit == '%' and k is not None:
        for length in _candidates(k, s, i):
            found[k] = s[i:i + length]
            end = _match(toks, t + 1, s, i + length, found)
            if end >= 0:
                return end
        found.pop(k, None)
        return -1
    if lit == ' ':
        j = i
        while j < len(s) and s[j].isspace():
            j += 1
        while j > i:
            end = _match(toks, t + 1, s, j, found)
            if end >= 0:
                return end
            j -= 1
        return -1
    if s[i:i + 1].lower() == lit.lower() and i < len(s):
        return _match(toks, t + 1, s, i + 1, found)
    return -1


def strptime_fields(data, fmt):
    """Parse data by fmt: (year, month, day, hour, minute, second,
    microsecond, utcoffset-in-microseconds or None)."""
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(fmt).__name__)
    try:
        toks = _tokens(fmt)
    except ValueError as e:
        if 'bad directive' in str(e):
            raise ValueError(str(e).split(' in format ')[0] + " in format '%s'" % fmt) from None
        raise
    found = {}
    end = _match(toks, 0, data, 0, found)
    if end < 0:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    return _resolve(found)


def _resolve(f):
    import datetime as _dt
    year = 1900
    if 'Y' in f:
        year = int(f['Y'])
    elif 'y' in f:
        year = int(f['y'])
        year += 2000 if year <= 68 else 1900
    month = day = 1
    if 'm' in f:
        month = int(f['m'])
    elif 'B' in f or 'b' in f or 'h' in f:
        name = (f.get('B') or f.get('b') or f.get('h')).lower()
        month = [m.lower()[:len(name)] for m in MONTH_NAMES].index(name)
    if 'd' in f:
        day = int(f['d'])
    hour = 0
    if 'H' in f:
        hour = int(f['H'])
    elif 'I' in f:
        hour = int(f['I']) % 12
        if f.get('p', 'am').lower() == 'pm':
            hour += 12
    minute = int(f.get('M', 0))
    second = int(f.get('S', 0))
    micro = int((f.get('f', '') + '000000')[:6])
    weekday = None
    if 'u' in f:
        weekday = int(f['u']) - 1
    elif 'w' in f:
        weekday = (int(f['w']) - 1) % 7
    elif 'A' in f or 'a' in f:
        name = (f.get('A') or f.get('a')).lower()
        weekday = [x.lower()[:len(name)] for x in DAY_NAMES].index(name)
    if 'j' in f:
        d = _dt.date(year, 1, 1) + _dt.timedelta(days=int(f['j']) - 1)
        month, day = d.month, d.day
    elif ('U' in f or 'W' in f) and weekday is not None:
        # Week 0 is the part of January before the first Sunday (%U) or
        # Monday (%W); count days from there in the same week basis.
        first = _dt.date(year, 1, 1).weekday()
        dw = weekday
        if 'U' in f:
            first, dw = (first + 1) % 7, (weekday + 1) % 7
        week = int(f.get('U', f.get('W')))
        if week == 0:
            julian = 1 + dw - first
        else:
            julian = 1 + (7 - first) % 7 + 7 * (week - 1) + dw
        d = _dt.date(year, 1, 1) + _dt.timedelta(days=julian - 1)
        year, month, day = d.year, d.month, d.day
    elif 'G' in f and 'V' in f and weekday is not None:
        d = _dt.date.fromisocalendar(int(f['G']), int(f['V']), weekday + 1)
        year, month, day = d.year, d.month, d.day
    offset = None
    if 'z' in f:
        z = f['z']
        if z == 'Z':
            offset = 0
        else:
            sign = -1 if z[0] == '-' else 1
            body = z[1:].replace(':', '')
            us = 0
            if '.' in body:
                body, frac = body.split('.')
                us = int((frac + '000000')[:6])
            hh, mm = int(body[:2]), int(body[2:4])
            ss = int(body[4:6] or 0)
            offset = sign * (((hh * 60 + mm) * 60 + ss) * 1000000 + us)
    return year, month, day, hour, minute, second, micro, offset


# -- ISO 8601 ----------------------------------------------------------------------

def _num(s):
    if not (s.isdigit() and s.isascii()):
        raise ValueError
    return int(s)


def parse_iso_date(s):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D];
    raises ValueError (caller rewords it) on bad syntax."""
    import datetime as _dt
    if len(s) >= 7 and s[4] == '-' and s[5] == 'W' or len(s) >= 7 and s[4] == 'W':
        dash = s[4] == '-'
        rest = s[6:] if dash else s[5:]
        week = _num(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if dash:
                if rest[0] != '-' or len(rest) != 2:
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1:
                raise ValueError
            day = _num(rest)
        d = _dt.date.fromisocalendar(_num(s[:4]), week, day)
        return d.year, d.month, d.day
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        return _num(s[:4]), _num(s[5:7]), _num(s[8:10])
    if len(s) == 8:
        return _num(s[:4]), _num(s[4:6]), _num(s[6:8])
    raise ValueError


def parse_iso_time(s):
    """(hour, minute, second, microsecond, offset-microseconds or None)."""
    offset = None
    for mark in ('Z', '+', '-'):
        pos = s.find(mark)
        if pos > 0:
            zone = s[pos:]
            s = s[:pos]
            if zone == 'Z':
                offset = 0
            else:
                hh, mm, ss, us, _ = parse_iso_time(zone[1:])
                offset = (((hh * 60 + mm) * 60 + ss) * 1000000 + us) * (-1 if mark == '-' else 1)
            break
    frac = ''
    for mark in ('.', ','):
        if mark in s:
            s, frac = s.split(mark, 1)
            if not frac or not (frac.isdigit() and frac.isascii()):
                raise ValueError
            break
    if ':' in s:
        parts = s.split(':')
        if any(len(p) != 2 for p in parts) or len(parts) > 3:
            raise ValueError
    else:
        if len(s) not in (2, 4, 6):
            raise ValueError
        parts = [s[k:k + 2] for k in range(0, len(s), 2)]
    if frac and len(parts) != 3:
        raise ValueError
    nums = [_num(p) for p in parts] + [0, 0]
    us = int((frac + '000000')[:6]) if frac else 0
    return nums[0], nums[1], nums[2], us, offset
