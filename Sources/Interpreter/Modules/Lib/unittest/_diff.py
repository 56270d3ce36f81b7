"""The line diff assertEqual shows for long containers and strings: the
same output as difflib.ndiff (with its '?' lines marking changed characters
of lines that are similar), written here so unittest needs no difflib."""


def _is_char_junk(ch):
    # Spaces and tabs never anchor an intraline match (ndiff's default).
    return ch == ' ' or ch == '\t'


class _Matcher:
    """Longest-common-block matching between two sequences: the blocks are
    found by taking the longest match, then recursing on either side."""

    def __init__(self, a, b, isjunk=None):
        self.a = a
        self.b = b
        self.isjunk = isjunk
        self._index_b()
        self._blocks = None

    def _index_b(self):
        b = self.b
        where = {}
        for j in range(len(b)):
            where.setdefault(b[j], []).append(j)
        junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        # In long sequences, very frequent items are not used as anchors.
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for elt in [e for e, idx in where.items() if len(idx) > limit]:
                del where[elt]
        self.where = where
        self.junk = junk

    def longest_match(self, alo, ahi, blo, bhi):
        a, b, where, junk = self.a, self.b, self.where, self.junk
        besti, bestj, bestsize = alo, blo, 0
        run = {}
        for i in range(alo, ahi):
            newrun = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run.get(j - 1, 0) + 1
                newrun[j] = k
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            run = newrun
        # Grow the match over equal non-junk items (popular ones), then over
        # equal junk items, at both ends.
        for want_junk in (False, True):
            while (besti > alo and bestj > blo and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return besti, bestj, bestsize

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        found = []
        todo = [(0, la, 0, lb)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self.longest_match(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        i = j = 0
        ops = []
        for ai, bj, size in self.blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        return ops

    def ratio(self):
        matches = 0
        for _, _, size in self.blocks():
            matches += size
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0


def ndiff(a, b):
    """The lines of a human-readable delta from list a to list b."""
    out = []
    for tag, alo, ahi, blo, bhi in _Matcher(a, b).opcodes():
        if tag == 'replace':
            _fancy_replace(a, alo, ahi, b, blo, bhi, out)
        elif tag == 'delete':
            _dump('-', a, alo, ahi, out)
        elif tag == 'insert':
            _dump('+', b, blo, bhi, out)
        else:
            _dump(' ', a, alo, ahi, out)
    return out


def _dump(tag, x, lo, hi, out):
    for i in range(lo, hi):
        out.append('%s %s' % (tag, x[i]))


def _plain_replace(a, alo, ahi, b, blo, bhi, out):
    # The shorter block first.
    if bhi - blo < ahi - alo:
        _dump('+', b, blo, bhi, out)
        _dump('-', a, alo, ahi, out)
    else:
        _dump('-', a, alo, ahi, out)
        _dump('+', b, blo, bhi, out)


def _fancy_replace(a, alo, ahi, b, blo, bhi, out):
    """Replace a block of lines: synchronise on the most similar pair of
    lines (ratio at least 0.75) and mark its changed characters."""
    best_ratio, cutoff = 0.74, 0.75
    best_i = best_j = None
    eqi = eqj = None
    for j in range(blo, bhi):
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            # Cheap upper bounds first: the full match is the slow part.
            if (_length_bound(a[i], b[j]) > best_ratio
                    and _count_bound(a[i], b[j]) > best_ratio):
                r = _Matcher(a[i], b[j], _is_char_junk).ratio()
                if r > best_ratio:
                    best_ratio, best_i, best_j = r, i, j
    if best_ratio < cutoff:
        if eqi is None:
            _plain_replace(a, alo, ahi, b, blo, bhi, out)
            return
        best_i, best_j = eqi, eqj
    else:
        eqi = None
    _fancy_helper(a, alo, best_i, b, blo, best_j, out)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ''
        for tag, ai1, ai2, bj1, bj2 in _Matcher(aelt, belt, _is_char_junk).opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        atags = _keep_whitespace(aelt, atags).rstrip()
        btags = _keep_whitespace(belt, btags).rstrip()
        out.append('- ' + aelt)
        if atags:
            out.append('? %s\n' % atags)
        out.append('+ ' + belt)
        if btags:
            out.append('? %s\n' % btags)
    else:
        out.append('  ' + aelt)
    _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi, out)


def _length_bound(x, y):
    total = len(x) + len(y)
    return 2.0 * min(len(x), len(y)) / total if total else 1.0


def _count_bound(x, y):
    total = len(x) + len(y)
    if not total:
        return 1.0
    avail = {}
    for ch in y:
        avail[ch] = avail.get(ch, 0) + 1
    matches = 0
    for ch in x:
        n = avail.get(ch, 0)
        if n > 0:
            avail[ch] = n - 1
            matches += 1
    return 2.0 * matches / total


def _fancy_helper(a, alo, ahi, b, blo, bhi, out):
    if alo < ahi:
        if blo < bhi:
            _fancy_replace(a, alo, ahi, b, blo, bhi, out)
        else:
            _dump('-', a, alo, ahi, out)
    elif blo < bhi:
        _dump('+', b, blo, bhi, out)


def _keep_whitespace(s, tags):
    # Tabs in the line stay tabs under it, so the markers line up.
    return ''.join([c if t == ' ' and c.isspace() else t for c, t in zip(s, tags)])
