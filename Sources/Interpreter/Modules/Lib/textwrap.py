"""Text wrapping and filling: wrap, fill, shorten, dedent, indent.

Text is cut into chunks (runs of whitespace, words, and word pieces after
hyphens) by a hand-written scanner that follows the same rules as CPython's
word-splitting regular expression, then chunks are packed into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words; other spaces (e.g. U+00A0) do not.
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run(text, j):
    """Length of the run of '-' at j if it is two or more dashes followed
    by a word character (an em-dash between words), else 0."""
    k = j
    n = len(text)
    while k < n and text[k] == '-':
        k += 1
    if k - j >= 2 and k < n and _is_word(text[k]):
        return k - j
    return 0


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _hyphen_break(text, j):
    """True if a word may be broken just after the '-' at j."""
    if _at(text, j) != '-':
        return False
    before = (_is_letter(_at(text, j - 2)) and _is_letter(_at(text, j - 1))) or (
        _is_letter(_at(text, j - 3)) and _at(text, j - 2) == '-' and _is_letter(_at(text, j - 1)))
    if not before or not _is_letter(_at(text, j + 1)):
        return False
    nxt = _at(text, j + 2)
    return _is_letter(nxt) or (nxt == '-' and _is_letter(_at(text, j + 3)))


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if _is_ws(text[i]):
            j = i
            while j < n and _is_ws(text[j]):
                j += 1
        elif text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dash_run(text, i):
            j = i + _dash_run(text, i)
        else:
            # The shortest run of non-space characters that ends a word,
            # ends just after a breakable hyphen, or runs into an em-dash.
            j = i + 1
            while True:
                if _hyphen_break(text, j):
                    j += 1
                    break
                if j >= n or _is_ws(text[j]):
                    break
                if _is_word_punct(text[j - 1]) and _dash_run(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i
        space = _is_ws(text[i])
        while j < n and _is_ws(text[j]) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then perhaps a closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps and fills paragraphs of text; see the module functions."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence end, where the text had one space.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) a word too long for any line on the current line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Cannot break it: it gets a line of its own, overflowing.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        chunks = list(reversed(chunks))   # pop() takes the next chunk
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a continuation line is dropped.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                chunks.pop()
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # Last allowed line: end it with the placeholder.
            self._add_placeholder(lines, cur_line, cur_len, width, indent)
            break
        return lines

    def _add_placeholder(self, lines, cur_line, cur_len, width, indent):
        placeholder = self.placeholder
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                cur_line.append(placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            cur_line.pop()
        if lines:
            prev = lines[-1].rstrip()
            if len(prev) + len(placeholder) <= self.width:
                lines[-1] = prev + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines (without newlines) of text wrapped to self.width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped into one string of newline-separated lines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph into a single string of lines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit width, ending with the
    placeholder (' [...]') when something was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line.

    Lines of only spaces and tabs become empty and do not count.
    """
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        lead = line[:len(line) - len(line.lstrip(' \t'))]
        if margin is None:
            margin = lead
            continue
        # Keep the longest common prefix (tabs and spaces are not mixed up).
        k = 0
        while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
            k += 1
        margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true;
    by default, to every line that is not just whitespace."""
    out = []
    for line in text.splitlines(True):
        if (not line.isspace()) if predicate is None else predicate(line):
            out.append(prefix)
        out.append(line)
    return ''.join(out)
