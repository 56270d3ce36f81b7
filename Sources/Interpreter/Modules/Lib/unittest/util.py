"""Small helpers shared by the unittest modules: short reprs for failure
messages and element-count differences."""

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    # A broken __repr__ must not hide the real failure.
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(strings):
    first = min(strings)
    last = max(strings)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    """The reprs of args, shortened when long so that the part where they
    differ stays visible: "'aaaaa[20 chars]aab' != 'aaaaa[20 chars]aac'"."""
    args = tuple([safe_repr(a) for a in args])
    maxlen = max([len(a) for a in args])
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _common_prefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple([prefix + s[prefixlen:] for s in args])
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple([prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                  for s in args])


def three_way_cmp(x, y):
    """Return -1 if x < y, 0 if x == y and 1 if x > y"""
    return (x > y) - (x < y)


class _Mismatch:
    """(actual count, expected count, element), shown by assertCountEqual."""

    def __init__(self, actual, expected, value):
        self.actual = actual
        self.expected = expected
        self.value = value

    def __iter__(self):
        return iter((self.actual, self.expected, self.value))

    def __getitem__(self, i):
        return (self.actual, self.expected, self.value)[i]

    def __len__(self):
        return 3

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return 'Mismatch(actual=%r, expected=%r, value=%r)' % (
            self.actual, self.expected, self.value)


def _count_diff_all_purpose(actual, expected):
    """Count mismatches for elements that need not be hashable: quadratic,
    marking each counted element as used."""
    used = object()
    s, t = list(actual), list(expected)
    result = []
    for i in range(len(s)):
        elem = s[i]
        if elem is used:
            continue
        cnt_s = 0
        for j in range(i, len(s)):
            if s[j] == elem:
                cnt_s += 1
                s[j] = used
        cnt_t = 0
        for j in range(len(t)):
            if t[j] == elem:
                cnt_t += 1
                t[j] = used
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for i in range(len(t)):
        elem = t[i]
        if elem is used:
            continue
        cnt_t = 0
        for j in range(i, len(t)):
            if t[j] == elem:
                cnt_t += 1
                t[j] = used
        result.append(_Mismatch(0, cnt_t, elem))
    return result


def _counts(seq):
    # Insertion-ordered counts (what collections.Counter keeps).
    counts = {}
    for x in seq:
        counts[x] = counts.get(x, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """Count mismatches of hashable elements, in first-seen order: first
    the elements of actual, then those only in expected."""
    s, t = _counts(actual), _counts(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append(_Mismatch(0, cnt_t, elem))
    return result
