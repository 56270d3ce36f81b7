"""Run the interactive examples (">>> ...") found in docstrings and check
that they print what the docstring says, reporting like CPython's doctest.

An example that is an expression is evaluated and its repr printed unless
it is None (what the interactive prompt does); anything else is executed.
Output is captured by replacing sys.stdout while an example runs.
"""

import sys
import traceback

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'run_docstring_examples', 'TestResults',
]

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    # A name registered twice keeps its first flag.
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


class TestResults:
    """(failed, attempted) — a named pair; skipped shows only when set."""

    def __init__(self, failed, attempted, *, skipped=0):
        self.failed = failed
        self.attempted = attempted
        self.skipped = skipped

    def __iter__(self):
        return iter((self.failed, self.attempted))

    def __getitem__(self, i):
        return (self.failed, self.attempted)[i]

    def __len__(self):
        return 2

    def __eq__(self, other):
        try:
            return tuple(self) == tuple(other)
        except TypeError:
            return NotImplemented

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        if self.skipped:
            return 'TestResults(failed=%r, attempted=%r, skipped=%r)' % (
                self.failed, self.attempted, self.skipped)
        return 'TestResults(failed=%r, attempted=%r)' % (self.failed, self.attempted)


try:
    from _traceback_lines import register as _register_source
except ImportError:
    _register_source = None


def _indent(s, indent=4):
    """Every non-empty line of s, indented."""
    lines = s.split('\n')
    return '\n'.join([(' ' * indent + line) if line else line for line in lines])


def _exception_traceback(exc_info):
    exc_type, exc_val, exc_tb = exc_info
    return ''.join(traceback.format_exception(exc_type, exc_val, exc_tb))


class _SpoofOut:
    """Stands in for sys.stdout while examples run; a final newline is
    added to output that lacks one (as the interactive prompt shows it)."""

    def __init__(self):
        self._parts = []

    def write(self, s):
        self._parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def getvalue(self):
        result = ''.join(self._parts)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self._parts = []

    def isatty(self):
        return False


def _ellipsis_match(want, got):
    """Whether got matches want, where '...' in want matches any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        # The fixed start and end overlap.
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _comment_line(line):
    """Return a commented form of the given line"""
    line = line.rstrip()
    if line:
        return '# ' + line
    return '#'


def _strip_exception_details(msg):
    # "pkg.mod.Error: detail" -> "Error" (what IGNORE_EXCEPTION_DETAIL compares).
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class Example:
    """A single doctest example: source code and its expected output."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and
                self.lineno == other.lineno and self.indent == other.indent and
                self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with where they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__, self.name, self.filename, self.lineno, examples))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename or '', -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


def _is_blank(line):
    return line.strip(' ') == ''


def _leading_spaces(line):
    n = 0
    while n < len(line) and line[n] == ' ':
        n += 1
    return n


def _starts_with_prompt(line, prompt):
    return line[_leading_spaces(line):].startswith(prompt)


def _is_blank_or_comment(source):
    """CPython's _IS_BLANK_OR_COMMENT: one line of spaces and maybe a comment."""
    source = source[:-1] if source.endswith('\n') else source
    return '\n' not in source and (source.lstrip(' ') == '' or source.lstrip(' ').startswith('#'))


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name='<string>'):
        """Alternating text strings and Examples, from the docstring."""
        string = string.expandtabs()
        lines = string.split('\n')
        # Remove the indentation common to all non-blank lines.
        indents = [_leading_spaces(l) for l in lines if l.strip()]
        min_indent = min(indents) if indents else 0
        if min_indent > 0:
            lines = [l[min_indent:] for l in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            if not _starts_with_prompt(line, '>>>'):
                text.append(line)
                i += 1
                continue
            start = i
            indent = _leading_spaces(line)
            source_lines = [line]
            i += 1
            while i < n and _starts_with_prompt(lines[i], '...'):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n and not _is_blank(lines[i]) and not _starts_with_prompt(lines[i], '>>>'):
                want_lines.append(lines[i])
                i += 1
            output.append('\n'.join(text + ['']))
            text = []
            # The text after an example starts on the line after its output;
            # the blank line that ended the output belongs to that text.
            example = self._make_example(source_lines, want_lines, indent, name, start, min_indent)
            # A prompt holding only a comment (or nothing) is not an example.
            if not _is_blank_or_comment(example.source):
                output.append(example)
        output.append('\n'.join(text))
        return output

    def _make_example(self, source_lines, want_lines, indent, name, lineno, min_indent):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([sl[indent + 4:] for sl in source_lines])
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join([wl[indent:] for wl in want_lines])
        if want_lines:
            want += '\n'
        exc_msg = _exception_message(want)
        options = self._find_options(source, name, lineno + 1)
        return Example(source, want, exc_msg, lineno=lineno, indent=min_indent + indent, options=options)

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _find_options(self, source, name, lineno):
        """The {flag: on/off} set by "# doctest: +FLAG -FLAG" comments."""
        options = {}
        for line in source.split('\n'):
            directive = _directive_of(line)
            if directive is None:
                continue
            for option in directive.replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r' %
                                     (lineno, name, option))
                flag = OPTIONFLAGS_BY_NAME[option[1:]]
                options[flag] = option[0] == '+'
        if options and all([l.strip() == '' or l.strip().startswith('#') for l in source.split('\n')]):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' % (lineno - 1, name, source))
        return options

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r' %
                                 (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r' % (lineno + i + 1, name, line))


def _directive_of(line):
    """The text after "# doctest:" at the end of a line, if any."""
    pos = line.find('#')
    while pos >= 0:
        rest = line[pos + 1:].lstrip()
        if rest.startswith('doctest:'):
            rest = rest[len('doctest:'):].lstrip()
            if '"' not in rest and "'" not in rest:
                return rest
        pos = line.find('#', pos + 1)
    return None


def _exception_message(want):
    """For expected output that is a traceback, the "Error: msg" part
    (from the first line starting with a word character); else None."""
    lines = want.split('\n')
    first = lines[0].rstrip()
    if not (first == 'Traceback (most recent call last):' or first == 'Traceback (innermost last):'):
        return None
    for i in range(1, len(lines)):
        line = lines[i]
        if line and (line[0].isalnum() or line[0] == '_'):
            return '\n'.join(lines[i:])
    return None


def _source_lines(filename, module):
    try:
        import linecache
        lines = linecache.getlines(filename, module.__dict__ if module is not None else None)
    except Exception:
        return None
    return lines or None


def _docstring_line(line):
    """Whether a source line starts a docstring: a quote, maybe after a
    string prefix, at the start or after a colon."""
    starts = [0] + [i + 1 for i in range(len(line)) if line[i] == ':']
    for s in starts:
        rest = line[s:].lstrip()
        j = 0
        while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
            j += 1
        if j < len(rest) and rest[j] in '"\'':
            return True
    return False


def _is_routine(obj):
    # As CPython's: a wrapper (functools.lru_cache, wraps) counts as the
    # routine it wraps, so its docstring's examples are found.
    for _ in range(100):
        wrapped = getattr(obj, '__wrapped__', None)
        if wrapped is None:
            break
        obj = wrapped
    return (type(obj).__name__ in ('function', 'builtin_function_or_method', 'method')
            or (callable(obj) and hasattr(obj, '__code__')))


class DocTestFinder:
    """Finds the docstrings of a module, its functions, classes and
    methods, and makes a DocTest of each."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _module_of(obj)
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None)
        if filename is None:
            filename = _code_filename(obj)
        source_lines = _source_lines(filename, module) if filename else None
        if globs is None:
            globs = {} if module is None else dict(module.__dict__)
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, filename)
        tests.sort()
        return tests

    def _from_module(self, module, object):
        if module is None:
            return True
        if isinstance(object, property):
            fget = object.fget
            return fget is None or getattr(fget, '__module__', module.__name__) == module.__name__
        return getattr(object, '__module__', None) == module.__name__

    def _find(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        is_module = type(obj) is type(sys)
        if is_module and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if ((_is_routine(val) or isinstance(val, type)) and self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines, globs, seen, filename)
            test_dict = getattr(obj, '__test__', {})
            for valname, val in list(test_dict.items()):
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(valname),))
                if not (_is_routine(val) or isinstance(val, type) or type(val) is type(sys) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen, filename)
        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, type) or isinstance(val, property))
                        and self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen, filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                doc = obj.__doc__
                if doc is None and isinstance(obj, property) and obj.fget is not None:
                    # A property shows its getter's docstring.
                    doc = obj.fget.__doc__
                if doc is None:
                    docstring = ''
                else:
                    docstring = doc
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line where obj's docstring starts, or None."""
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if type(obj) is type(sys) and docstring is not None:
            lineno = 0
        if isinstance(obj, type) and docstring is not None:
            if source_lines is None:
                # Without the source, CPython 3.13's __firstlineno__ helps.
                first = getattr(obj, '__firstlineno__', None)
                return first if first is not None else None
            for i, line in enumerate(source_lines):
                if _class_line(line, getattr(obj, '__name__', '-')):
                    lineno = i
                    break
        if isinstance(obj, property):
            obj = obj.fget
        if hasattr(obj, '__func__'):
            obj = obj.__func__
        if not isinstance(obj, type) and getattr(obj, '__doc__', None) and hasattr(obj, '__code__'):
            while hasattr(obj, '__wrapped__'):
                obj = obj.__wrapped__
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for i in range(lineno, len(source_lines)):
                if _docstring_line(source_lines[i]):
                    return i
        return None


def _class_line(line, name):
    rest = line.lstrip()
    if not rest.startswith('class'):
        return False
    rest = rest[5:].lstrip()
    if not rest.startswith(name):
        return False
    after = rest[len(name):len(name) + 1]
    return not (after and (after.isalnum() or after == '_'))


def _code_filename(obj):
    """The file obj's code came from: its own code, or for a module or
    class without __file__, the code of a function defined in it."""
    code = getattr(obj, '__code__', None)
    if code is not None:
        return code.co_filename
    try:
        values = list(obj.__dict__.values())
    except AttributeError:
        return None
    for val in values:
        if isinstance(val, (staticmethod, classmethod)):
            val = val.__func__
        if isinstance(val, type) and type(obj) is type(sys):
            if getattr(val, '__module__', None) == obj.__name__:
                found = _code_filename(val)
                if found is not None:
                    return found
            continue
        code = getattr(val, '__code__', None)
        if code is not None and getattr(val, '__module__', None) in (
                getattr(obj, '__name__', None), getattr(obj, '__module__', None)):
            return code.co_filename
    return None


def _module_of(obj):
    if type(obj) is type(sys):
        return obj
    modname = getattr(obj, '__module__', None)
    if modname is None and isinstance(obj, property) and obj.fget is not None:
        modname = getattr(obj.fget, '__module__', None)
    if modname is None:
        return None
    return sys.modules.get(modname)


class OutputChecker:
    """Compares an example's expected output with what it printed."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            # <BLANKLINE> in want stands for an empty line of output.
            want = '\n'.join([_blankline_to_empty(l) for l in want.split('\n')])
            got = '\n'.join(['' if l and l.isspace() else l for l in got.split('\n')])
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        # Only the ndiff form is available here.
        return bool(optionflags & REPORT_NDIFF)

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = _mark_blank_lines(got)
        if self._do_a_fancy_diff(want, got, optionflags):
            from unittest import _diff
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            diff = _diff.ndiff(want_lines, got_lines)
            return 'Differences (%s):\n' % 'ndiff with -expected +actual' + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        else:
            return 'Expected nothing\nGot nothing\n'


def _blankline_to_empty(line):
    if line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == '':
        return ''
    return line


def _mark_blank_lines(got):
    # A line of only spaces followed by a newline is shown as <BLANKLINE>.
    lines = got.split('\n')
    for i in range(len(lines) - 1):
        if lines[i].strip(' ') == '':
            lines[i] = BLANKLINE_MARKER
    return '\n'.join(lines)


class DocTestRunner:
    """Runs the examples of DocTests and reports failures (to stdout)."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in getattr(sys, 'argv', [])
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
        self._stats = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def _run_example(self, example, filename, globs):
        """Run one example's source as the interactive prompt would
        ('single' mode prints the value of an expression statement);
        the exc_info of what it raised, or None."""
        if _register_source is not None:
            # Tracebacks quote the example's line, as CPython's doctest
            # patches linecache to do.
            _register_source(filename, example.source)
        try:
            try:
                code = compile(example.source, filename, 'single')
            except ValueError:
                code = None
            if code is not None:
                exec(code, globs)
            else:
                self._run_without_single(example.source, filename, globs)
            return None
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            return (type(e), e, e.__traceback__)

    def _run_without_single(self, source, filename, globs):
        # Fallback when compile() lacks 'single': evaluate an expression
        # and show its repr, else execute the statements.
        try:
            code = compile(source, filename, 'eval')
        except SyntaxError:
            exec(compile(source, filename, 'exec'), globs)
            return
        value = eval(code, globs)
        if value is not None:
            hook = getattr(sys, 'displayhook', None)
            if hook is not None:
                hook(value)
            else:
                print(repr(value))

    def __run(self, test, compileflags, out):
        SUCCESS, FAILURE, BOOM = 0, 1, 2
        failures = attempted = skips = 0
        original_optionflags = self.optionflags
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            # 3.13 counts a skipped example as attempted too.
            attempted += 1
            if self.optionflags & SKIP:
                skips += 1
                continue
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            exception = self._run_example(example, filename, test.globs)
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted_ex = traceback.format_exception_only(exception[0], exception[1])
                if issubclass(exception[0], SyntaxError):
                    # Only the "SyntaxError: msg" line is compared.
                    qual = exception[0].__qualname__
                    prefixes = (qual + ':', exception[0].__module__ + '.' + qual + ':')
                    for index in range(len(formatted_ex)):
                        if formatted_ex[index].startswith(prefixes):
                            formatted_ex = formatted_ex[index:]
                            break
                exc_msg = ''.join(formatted_ex)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = SUCCESS
            if outcome == SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, attempted, skips)
        return TestResults(failures, attempted, skipped=skips)

    def __record_outcome(self, test, failures, tries, skips):
        failures2, tries2, skips2 = self._stats.get(test.name, (0, 0, 0))
        self._stats[test.name] = (failures + failures2, tries + tries2, skips + skips2)
        self.failures += failures
        self.tries += tries
        self.skips += skips

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test with sys.stdout captured; report
        through out (the real stdout's write by default)."""
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        """Print a summary of the tests run so far; a TestResults."""
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_tries = total_failures = total_skips = 0
        for name, (failures, tries, skips) in self._stats.items():
            total_tries += tries
            total_failures += failures
            total_skips += skips
            if tries == 0:
                notests.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, (failures, tries, skips)))
        if verbose:
            if notests:
                print("%s had no tests:" % _n_items(notests))
                notests.sort()
                for name in notests:
                    print("    %s" % name)
            if passed:
                print("%s passed all tests:" % _n_items(passed))
                for name, count in sorted(passed):
                    s = "" if count == 1 else "s"
                    print(" %3d test%s in %s" % (count, s, name))
        if failed:
            print(self.DIVIDER)
            print("%s had failures:" % _n_items(failed))
            for name, (failures, tries, skips) in sorted(failed):
                print(" %3d of %3d in %s" % (failures, tries, name))
        if verbose:
            s = "" if total_tries == 1 else "s"
            print("%d test%s in %s." % (total_tries, s, _n_items(self._stats)))
            and_f = " and %d failed" % total_failures if total_failures else ""
            print("%d passed%s." % (total_tries - total_failures, and_f))
        if total_failures:
            s = "" if total_failures == 1 else "s"
            msg = "***Test Failed*** %d failure%s" % (total_failures, s)
            if total_skips:
                s = "" if total_skips == 1 else "s"
                msg = "%s and %d skipped test%s" % (msg, total_skips, s)
            print(msg + ".")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries, skipped=total_skips)

    def merge(self, other):
        d = self._stats
        for name, (failures, tries, skips) in other._stats.items():
            if name in d:
                failures2, tries2, skips2 = d[name]
                failures += failures2
                tries += tries2
                skips += skips2
            d[name] = (failures, tries, skips)


def _n_items(items):
    count = len(items)
    return "%d item%s" % (count, "" if count == 1 else "s")


class DocTestFailure(Exception):
    """A DocTest example has failed in debugging mode."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """A DocTest example has encountered an unexpected exception."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (default __main__);
    returns TestResults(failed=..., attempted=...)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if type(m) is not type(sys):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test the examples in f's docstring, with globs as globals."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
