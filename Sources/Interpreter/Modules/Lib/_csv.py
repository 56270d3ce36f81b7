"""_csv: the CSV parser and writer under the csv module (CPython writes it in
C): Dialect validation, reader's state machine and writer's quoting, with
CPython 3.13's error messages.

Left out: nothing the csv module uses; reader and writer objects cannot be
pickled or subclassed from Python (as in CPython)."""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

__builtin_functions__ = ('reader', 'writer', 'register_dialect', 'unregister_dialect',
                         'get_dialect', 'list_dialects', 'field_size_limit')

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
          'quoting', 'skipinitialspace', 'strict')
_UNSET = object()


def _char(name, value, default, allow_none):
    if value is _UNSET:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRS:
                raise TypeError("this function got an unexpected keyword argument '%s'" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _UNSET)
            return _UNSET

        set_ = object.__setattr__
        delimiter = _char('delimiter', pick('delimiter'), ',', False)
        doublequote = pick('doublequote')
        doublequote = True if doublequote is _UNSET else bool(doublequote)
        escapechar = _char('escapechar', pick('escapechar'), None, True)
        lineterminator = pick('lineterminator')
        if lineterminator is _UNSET:
            lineterminator = '\r\n'
        elif not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        raw_quotechar = pick('quotechar')
        quotechar = _char('quotechar', raw_quotechar, '"', True)
        quoting = pick('quoting')
        if 'quotechar' in kwargs and kwargs['quotechar'] is None and 'quoting' not in kwargs:
            quoting = QUOTE_NONE
        elif quoting is _UNSET:
            quoting = QUOTE_NONE if raw_quotechar is None else QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        skipinitialspace = pick('skipinitialspace')
        skipinitialspace = False if skipinitialspace is _UNSET else bool(skipinitialspace)
        strict = pick('strict')
        strict = False if strict is _UNSET else bool(strict)
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting not in (QUOTE_NONE,):
            raise TypeError('quotechar must be set if quoting enabled')
        if delimiter in ' \n\r' and (delimiter != ' '):
            raise ValueError('bad delimiter value')
        if quotechar is not None and (quotechar in '\n\r' or (quotechar == ' ' and skipinitialspace)):
            raise ValueError('bad quotechar value')
        if escapechar is not None and (escapechar in '\n\r' or (escapechar == ' ' and skipinitialspace)):
            raise ValueError('bad escapechar value')
        if delimiter in lineterminator:
            raise ValueError('bad delimiter or lineterminator value')
        if quotechar is not None and quotechar in lineterminator:
            raise ValueError('bad quotechar or lineterminator value')
        if escapechar is not None and escapechar in lineterminator:
            raise ValueError('bad escapechar or lineterminator value')
        if delimiter == quotechar:
            raise ValueError('bad delimiter or quotechar value')
        if escapechar is not None and escapechar == delimiter:
            raise ValueError('bad delimiter or escapechar value')
        if escapechar is not None and escapechar == quotechar:
            raise ValueError('bad escapechar or quotechar value')
        set_(self, '_delimiter', delimiter)
        set_(self, '_doublequote', doublequote)
        set_(self, '_escapechar', escapechar)
        set_(self, '_lineterminator', lineterminator)
        set_(self, '_quotechar', quotechar)
        set_(self, '_quoting', quoting)
        set_(self, '_skipinitialspace', skipinitialspace)
        set_(self, '_strict', strict)

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, Dialect) and not kwargs:
        return dialect
    return Dialect(dialect, **kwargs)


# reader states
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        text = ''.join(self._field)
        d = self.dialect
        if self._unquoted and not text and d._quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
            value = None
        elif self._unquoted and text and d._quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
            value = float(text)
        else:
            value = text
        self._fields.append(value)
        self._field = []
        self._unquoted = True

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        newline = c == '\n' or c == '\r'
        if state == _START_RECORD:
            if c is _EOL:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar and c is not None:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if newline or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._escapechar and c is not None:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar and c is not None:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d._strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._unquoted = True
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect

    def _field(self, text, quoted, out):
        d = self.dialect
        special = d._lineterminator
        parts = []
        for c in text:
            escape = False
            if (c == d._delimiter or (c == d._escapechar and c is not None) or
                    (c == d._quotechar and c is not None) or c == '\n' or c == '\r' or c in special):
                if d._quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            parts.append(c)
                        else:
                            escape = True
                    elif c == d._escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d._escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    parts.append(d._escapechar)
            parts.append(c)
        if not text and d._delimiter == ' ' and d._skipinitialspace:
            if d._quoting == QUOTE_NONE:
                raise Error('empty field must be quoted if delimiter is a space '
                            'and skipinitialspace is true')
            quoted = True
        body = ''.join(parts)
        if quoted:
            body = d._quotechar + body + d._quotechar
        out.append(body)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__) from None
        out = []
        for field in items:
            q = d._quoting
            if q == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif q == QUOTE_ALL:
                quoted = True
            elif q == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif q == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if isinstance(field, str):
                text = field
            elif field is None:
                text = ''
            else:
                text = str(field)
            self._field(text, quoted, out)
        if len(out) == 1 and out[0] == '':
            if d._quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = d._quotechar * 2
        return self._write(d._delimiter.join(out) + d._lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def reader(iterable, dialect='excel', **fmtparams):
    return Reader(iterable, _make_dialect(dialect, fmtparams))


def writer(fileobj, dialect='excel', **fmtparams):
    return Writer(fileobj, _make_dialect(dialect, fmtparams))


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old
