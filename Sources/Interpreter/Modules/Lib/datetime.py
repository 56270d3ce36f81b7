"""Dates, times and durations: date, time, datetime, timedelta, timezone.

Days are counted as proleptic Gregorian ordinals (0001-01-01 is day 1);
durations are kept as whole days, seconds and microseconds. Local time
comes from time.localtime() when the interpreter offers it, else UTC.
"""

import time as _time
import _dtformat

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_US_PER_DAY = 86400 * 1000000
_BUILTIN_TYPES = (int, float, str, bytes, list, tuple, dict, set, frozenset,
                  type(None), bool)
_SEQUENCES = (str, bytes, list, tuple)


# -- calendar arithmetic --------------------------------------------------------

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(y, m):
    return sum(_DAYS_IN_MONTH[1:m]) + (1 if m > 2 and _is_leap(y) else 0)


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord2ymd(n):
    # Estimate the year from the mean year length, then correct it.
    y = (n - 1) * 400 // 146097 + 1
    while _days_before_year(y) >= n:
        y -= 1
    while _days_before_year(y + 1) < n:
        y += 1
    doy = n - _days_before_year(y)
    m = 1
    while doy > _days_in_month(y, m):
        doy -= _days_in_month(y, m)
        m += 1
    return y, m, doy


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:       # Jan 1 is Fri..Sun: week 1 starts the next Monday
        monday += 7
    return monday


# -- argument checking and messages ------------------------------------------------

def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second = _index(hour), _index(minute), _index(second)
    microsecond, fold = _index(microsecond), _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _qualname(obj):
    """Type name as CPython's C types spell it in messages and reprs."""
    cls = type(obj)
    if cls in (date, time, datetime, timedelta, timezone, tzinfo):
        return 'datetime.' + cls.__name__
    return cls.__name__


def _type_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _qualname(a), _qualname(b)))


def _cmp_error(op, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (op, _qualname(a), _qualname(b)))


def _round_half_even_div(a, b):
    """a / b rounded to the nearest integer, ties to even (b > 0)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


def _local_offset_seconds(t):
    """UTC offset of local time at POSIX time t, and the zone's name."""
    if hasattr(_time, 'localtime'):
        tm = _time.localtime(t)
        return tm.tm_gmtoff, tm.tm_zone
    return 0, 'UTC'


# -- timedelta ------------------------------------------------------------------------

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""


    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0,
                 minutes=0, hours=0, weeks=0):
        # Sum everything exactly as a fraction of microseconds, round once.
        num, den = 0, 1
        for name, value, scale in (('days', days, _US_PER_DAY), ('seconds', seconds, 1000000),
                                   ('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                                   ('minutes', minutes, 60000000), ('hours', hours, 3600000000),
                                   ('weeks', weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                num += value * scale * den
            elif isinstance(value, float):
                n, d = value.as_integer_ratio()
                num, den = num * d + n * scale * den, den * d
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        self._set(_round_half_even_div(num, den))

    def _set(self, us):
        days, rest = divmod(us, _US_PER_DAY)
        if abs(days) > 999999999:
            if not -2 ** 31 <= days < 2 ** 31:  # CPython's C int conversion fails first
                raise OverflowError('Python int too large to convert to C int')
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        self._hashcode = -1

    @classmethod
    def _from_us(cls, us):
        td = object.__new__(cls)
        td._set(us)
        return td

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_qualname(self), ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('-', other, self)
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_signed(self._us() * n, d))
        if isinstance(other, _SEQUENCES):
            raise TypeError("can't multiply sequence by non-int of type 'datetime.timedelta'")
        if isinstance(other, _BUILTIN_TYPES) or isinstance(other, timedelta):
            raise _type_error('*', self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if isinstance(other, _SEQUENCES):
            raise TypeError("can't multiply sequence by non-int of type 'datetime.timedelta'")
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('*', other, self)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_signed(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_signed(self._us() * d, n))
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('/', self, other)
        return NotImplemented

    def __rtruediv__(self, other):
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('/', other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._us() // other)
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('//', self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer modulo by zero')
            return timedelta._from_us(self._us() % other._us())
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('%', self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('divmod()', self, other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _ops[op](self._us(), other._us())
        if isinstance(other, _BUILTIN_TYPES):
            raise _cmp_error(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _round_signed(a, b):
    """a / b rounded half to even, for any signs."""
    if b < 0:
        a, b = -a, -b
    return _round_half_even_div(a, b)


_ops = {'<': lambda a, b: a < b, '<=': lambda a, b: a <= b,
        '>': lambda a, b: a > b, '>=': lambda a, b: a >= b}

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# -- tzinfo and timezone -----------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information."""

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        dt += off - dst
        dst = dt.dst()
        return dt + dst if dst else dt


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -_DAY < offset < _DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self._name is None and not self._offset:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_qualname(self), self._offset)
        return '%s(%r, %r)' % (_qualname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _dtformat._offset_text(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __reduce__(self):
        return (timezone, (self._offset,) if self._name is None else (self._offset, self._name))


_DAY = timedelta(1)
timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _utcoffset(tz, dt):
    """tz.utcoffset(dt), checked as CPython does; None for naive."""
    if tz is None:
        return None
    off = tz.utcoffset(dt)
    if off is not None and not isinstance(off, timedelta):
        raise TypeError("tzinfo.utcoffset() must return None or timedelta, not '%s'"
                        % type(off).__name__)
    if off is not None and not -_DAY < off < _DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24), not %r.' % (off,))
    return off


def _offset_suffix(off):
    return '' if off is None else _dtformat._offset_text(off, ':')


# -- date ---------------------------------------------------------------------------------

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hashcode = -1

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromtimestamp(cls, t):
        d = datetime.fromtimestamp(t)
        return cls(d.year, d.month, d.day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = _dtformat.parse_iso_date(s)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            last_week = 52
            jan1 = (_ymd2ord(year, 1, 1) + 6) % 7
            if jan1 == 3 or (jan1 == 2 and _is_leap(year)):
                last_week = 53
            if week != 53 or week > last_week:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(*_ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        if today < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif today >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def timetuple(self):
        return _TimeTuple(self._year, self._month, self._day, 0, 0, 0,
                          self.weekday(), self._yday(), -1)

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def _fields(self):
        return (self._year, self._month, self._day, 0, 0, 0, 0, self._yday(), self.weekday())

    def utcoffset(self):
        return None

    def tzname(self):
        return None

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
        return _dtformat.strftime(self, fmt, self._fields())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return self.strftime('%c')

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_qualname(self), self._year, self._month, self._day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self).fromordinal(n)
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if isinstance(other, _BUILTIN_TYPES) or isinstance(other, date):
            raise _type_error('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('-', other, self)
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _ops[op](self._key(), other._key())
        if isinstance(other, _BUILTIN_TYPES) or isinstance(other, date):
            raise _cmp_error(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return (type(self), self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate:
    """(year, week, weekday) from date.isocalendar(); a named triple."""

    def __init__(self, year, week, weekday):
        self.year, self.week, self.weekday = year, week, weekday

    def _t(self):
        return (self.year, self.week, self.weekday)

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self._t()

    def __iter__(self):
        return iter(self._t())

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self._t()[i]

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            other = other._t()
        return self._t() == other if isinstance(other, tuple) else NotImplemented

    def __hash__(self):
        return hash(self._t())


class _TimeTuple:
    """The result of timetuple(): a struct_time look-alike."""
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __init__(self, *values):
        self._values = values
        for name, value in zip(self._names, values):
            setattr(self, name, value)

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(self._names, self._values))

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return 9

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        if isinstance(other, _TimeTuple):
            other = other._values
        return self._values == other if isinstance(other, tuple) else NotImplemented


# -- time ---------------------------------------------------------------------------------

def _time_text(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _tz_repr_tail(tz, fold):
    text = ''
    if tz is not None:
        text += ', tzinfo=%r' % (tz,)
    if fold:
        text += ', fold=1'
    return text


class time:
    """A time of day (hour, minute, second, microsecond), perhaps with a tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        (self._hour, self._minute, self._second,
         self._microsecond, self._fold) = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hashcode = -1

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        text = s[1:] if s.startswith('T') else s
        try:
            hh, mm, ss, us, off = _dtformat.parse_iso_time(text)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None
        return cls(hh, mm, ss, us, _tz_from_us(off))

    def utcoffset(self):
        return _utcoffset(self._tzinfo, None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def isoformat(self, timespec='auto'):
        return (_time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_suffix(self.utcoffset()))

    __str__ = isoformat

    def strftime(self, fmt):
        fields = (1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 1, 0)
        return _dtformat.strftime(self, fmt, fields)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        if self._microsecond:
            args = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            args = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            args = '%d, %d' % (self._hour, self._minute)
        return '%s(%s%s)' % (_qualname(self), args, _tz_repr_tail(self._tzinfo, self._fold))

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp_key(self, other, op):
        """Comparable values for self and other, or raise for naive/aware."""
        a, b = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo or a == b:
            return self._us(), other._us()
        if a is None or b is None:
            if op == '==':
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return self._us() - a._us(), other._us() - b._us()

    def _compare(self, other, op):
        if isinstance(other, time):
            return _ops[op](*self._cmp_key(other, op))
        if isinstance(other, _BUILTIN_TYPES):
            raise _cmp_error(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, time):
            keys = self._cmp_key(other, '==')
            return keys is not None and keys[0] == keys[1]
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us() if off else 0))

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _tz_from_us(off):
    if off is None:
        return None
    if off == 0:
        return timezone.utc
    return timezone(timedelta(microseconds=off))


# -- datetime -----------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, perhaps with a tzinfo."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, *, fold=0):
        self._year, self._month, self._day = _check_date(year, month, day)
        (self._hour, self._minute, self._second,
         self._microsecond, self._fold) = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hashcode = -1

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- construction --

    @classmethod
    def _from_us(cls, us, tz):
        """The datetime us microseconds after 0001-01-01 00:00."""
        days, rest = divmod(us, _US_PER_DAY)
        if not 0 <= days < _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days + 1)
        secs, micro = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return cls(y, m, d, hh, mm, ss, micro, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        us = round(t * 1000000) if isinstance(t, float) else t * 1000000
        epoch = _ymd2ord(1970, 1, 1) - 1
        if tz is None:
            off, _ = _local_offset_seconds(us // 1000000)
            return cls._from_us(epoch * _US_PER_DAY + us + off * 1000000, None)
        utc = cls._from_us(epoch * _US_PER_DAY + us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        from warnings import _warn_from_library
        _warn_from_library("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                           "removal in a future version. Use timezone-aware objects to represent "
                           "datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).")
        return cls.fromtimestamp(t, timezone.utc).replace(tzinfo=None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        from warnings import _warn_from_library
        _warn_from_library("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                           "future version. Use timezone-aware objects to represent datetimes in UTC: "
                           "datetime.datetime.now(datetime.UTC).")
        return cls.fromtimestamp(_time.time(), timezone.utc).replace(tzinfo=None)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute,
                   time_.second, time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        # The date part is 7, 8 or 10 characters; any one character separates.
        for size in (10, 8, 7):
            try:
                y, m, d = _dtformat.parse_iso_date(s[:size])
            except ValueError:
                continue
            rest = s[size:]
            if not rest:
                return cls(y, m, d)
            if len(rest) < 2 or rest[0].isdigit():
                continue
            try:
                hh, mm, ss, us, off = _dtformat.parse_iso_time(rest[1:])
            except ValueError:
                break
            return cls(y, m, d, hh, mm, ss, us, _tz_from_us(off))
        raise ValueError('Invalid isoformat string: %r' % s)

    @classmethod
    def strptime(cls, data, fmt):
        y, m, d, hh, mm, ss, us, off = _dtformat.strptime_fields(data, fmt)
        return cls(y, m, d, hh, mm, ss, us, _tz_from_us(off))

    # -- parts --

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute),
                          pick(second, self._second), pick(microsecond, self._microsecond),
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    __replace__ = replace

    def utcoffset(self):
        return _utcoffset(self._tzinfo, self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _TimeTuple(self._year, self._month, self._day, self._hour, self._minute,
                          self._second, self.weekday(), self._yday(), isdst)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond, self._yday(), self.weekday())

    def _us(self):
        """Microseconds since 0001-01-01 00:00 of the local (wall) time."""
        return ((self.toordinal() - 1) * 86400 + (self._hour * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def timestamp(self):
        epoch = (_ymd2ord(1970, 1, 1) - 1) * _US_PER_DAY
        off = self.utcoffset()
        if off is None:
            guess = (self._us() - epoch) // 1000000
            local, _ = _local_offset_seconds(guess)
            return (self._us() - epoch - local * 1000000) / 1e6
        return (self._us() - epoch - off._us()) / 1e6

    def astimezone(self, tz=None):
        off = self.utcoffset()
        if off is None:
            local, _ = _local_offset_seconds(self.timestamp())
            off = timedelta(seconds=local)
        utc_us = self._us() - off._us()
        if tz is None:
            t = (utc_us - (_ymd2ord(1970, 1, 1) - 1) * _US_PER_DAY) // 1000000
            local, name = _local_offset_seconds(t)
            tz = timezone(timedelta(seconds=local), name)
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                            % type(tz).__name__)
        utc = datetime._from_us(utc_us, tz)
        return tz.fromutc(utc)

    # -- text --

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_suffix(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        for _ in range(2):
            if parts[-1] == 0:
                parts.pop()
        return '%s(%s%s)' % (_qualname(self), ', '.join(str(p) for p in parts),
                             _tz_repr_tail(self._tzinfo, self._fold))

    def ctime(self):
        return self.strftime('%c')

    # -- arithmetic and comparison --

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._us() + other._us()
            if not 0 <= us < _MAX_ORDINAL * _US_PER_DAY:
                raise OverflowError('date value out of range')
            return type(self)._from_us(us, self._tzinfo)
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        if isinstance(other, _BUILTIN_TYPES):
            raise _type_error('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a, b = self.utcoffset(), other.utcoffset()
            if self._tzinfo is other._tzinfo or a == b:
                return timedelta._from_us(self._us() - other._us())
            if a is None or b is None:
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._from_us((self._us() - a._us()) - (other._us() - b._us()))
        if isinstance(other, _BUILTIN_TYPES) or isinstance(other, date):
            raise _type_error('-', self, other)
        return NotImplemented

    def _cmp_key(self, other, op):
        a, b = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo or a == b:
            return self._us(), other._us()
        if a is None or b is None:
            if op == '==':
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return self._us() - a._us(), other._us() - b._us()

    def _compare(self, other, op):
        if isinstance(other, datetime):
            return _ops[op](*self._cmp_key(other, op))
        if isinstance(other, _BUILTIN_TYPES) or isinstance(other, date):
            raise _cmp_error(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            keys = self._cmp_key(other, '==')
            return keys is not None and keys[0] == keys[1]
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us() if off else 0))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
