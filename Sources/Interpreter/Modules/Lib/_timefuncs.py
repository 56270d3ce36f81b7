"""The calendar half of the time module: struct_time, gmtime, localtime,
mktime, asctime, ctime, strftime and strptime.

The native time module (Builtins/Modules/TimeModule+Calendar.swift) asks the
C library for the fields of a timestamp (_utc_fields, _local_fields) and for
mktime; everything else is here, and the names in _EXPORTS are copied into
`time`, so the program sees them as time.gmtime and so on.
"""

import time as _native
import _dtformat

_EXPORTS = ['struct_time', 'gmtime', 'localtime', 'mktime', 'asctime',
            'ctime', 'strftime', 'strptime']
__builtin_functions__ = ['gmtime', 'localtime', 'mktime', 'asctime', 'ctime',
                         'strftime', 'strptime']

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec')


class _Field:
    """A read-only field of struct_time, as a C structseq member is."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self.index < 9:
            return tuple.__getitem__(obj, self.index)
        return obj._extra[self.index - 9]

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
    accepted by asctime(), mktime() and strftime().  May be considered as a
    sequence of 9 integers."""

    __slots__ = ('_extra',)
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(items) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)'
                            % len(items))
        if len(items) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)'
                            % len(items))
        self = tuple.__new__(cls, items[:9])
        extra = list(items[9:]) + [None] * (11 - len(items))
        if dict:
            for k, name in ((0, 'tm_zone'), (1, 'tm_gmtoff')):
                if name in dict and len(items) <= 9 + k:
                    extra[k] = dict[name]
        object.__setattr__(self, '_extra', tuple(extra))
        return self

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0], 'tm_gmtoff': self._extra[1]}))

    def __setattr__(self, name, value):
        if name in _FIELDS or name in ('tm_zone', 'tm_gmtoff'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)


for _i, (_name, _doc) in enumerate(zip(_FIELDS + ('tm_zone', 'tm_gmtoff'), (
        'year, for example, 1993', 'month of year, range [1, 12]', 'day of month, range [1, 31]',
        'hours, range [0, 23]', 'minutes, range [0, 59]', 'seconds, range [0, 61])',
        'day of week, range [0, 6], Monday is 0', 'day of year, range [1, 366]',
        '1 if summer time is in effect, 0 if not, and -1 if unknown',
        'abbreviation of timezone name', 'offset from UTC in seconds'))):
    setattr(struct_time, _name, _Field(_i, _doc))
struct_time.__module__ = 'time'
del _i, _name, _doc


def _now_or(secs):
    return _native.time() if secs is None else secs


def gmtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_native._utc_fields(_now_or(seconds)))


def localtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_native._local_fields(_now_or(seconds)))


def _time_tuple(t, caller):
    """A 9-tuple of ints from a struct_time or a tuple, as CPython's gettmarg."""
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % caller)
    values = []
    for v in t:
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        v = v.__index__() if not isinstance(v, int) else v
        # gettmarg's "i" format: each field a C int.
        if not -2**63 <= v < 2**63:
            raise OverflowError('Python int too large to convert to C long')
        if v > 2**31 - 1:
            raise OverflowError('signed integer is greater than maximum')
        if v < -2**31:
            raise OverflowError('signed integer is less than minimum')
        values.append(v)
    return values


def _checked(values, caller):
    """CPython's checktm after its fix-ups of zero fields (for strftime/asctime)."""
    y, mon, mday, hour, minute, sec, wday, yday, isdst = values
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif not 0 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    if wday < 0:
        raise ValueError('day of week out of range')
    wday = wday % 7
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    return [y, mon, mday, hour, minute, sec, wday, yday, isdst]


def mktime(t, /):
    """Convert a time tuple in local time to seconds since the Epoch."""
    return _native._mktime(_time_tuple(t, 'mktime'))


def asctime(t=None, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    values = _checked(_time_tuple(localtime() if t is None else t, 'asctime'), 'asctime')
    y, mon, mday, hour, minute, sec, wday = values[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday,
                                           hour, minute, sec, y)


def ctime(seconds=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


class _Zone:
    """What _dtformat asks of an object for %z and %Z."""

    def __init__(self, t):
        self.t = t

    def utcoffset(self):
        off = getattr(self.t, 'tm_gmtoff', None)
        if off is None:
            off = -_native.altzone if self.t[8] > 0 else -_native.timezone
        import datetime
        return datetime.timedelta(seconds=off)

    def tzname(self):
        zone = getattr(self.t, 'tm_zone', None)
        if zone is None:
            zone = _native.tzname[1 if self.t[8] > 0 else 0]
        return zone


def strftime(format, t=None, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = localtime()
    values = _checked(_time_tuple(t, 'strftime'), 'strftime')
    y, mon, mday, hour, minute, sec, wday, yday, isdst = values
    # glibc has no %f: it stays as written (datetime's strftime handles it itself).
    pieces = format.split('%%')
    out = []
    for piece in pieces:
        out.append(_dtformat.strftime(_Zone(t), piece.replace('%f', '\0f'),
                                      (y, mon, mday, hour, minute, sec, 0, yday, wday))
                   .replace('\0f', '%f'))
    return '%'.join(out)


def strptime(data_string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    y, mon, d, hh, mm, ss, _us, offset = _dtformat.strptime_fields(data_string, format)
    import datetime
    day = datetime.date(y, mon, d)
    zone = gmtoff = None
    if offset is not None:
        gmtoff = offset // 1000000
    return struct_time((y, mon, d, hh, mm, ss, day.weekday(),
                        day.timetuple().tm_yday, -1, zone, gmtoff))
