"""Common string constants, capwords, Template ($-substitution) and Formatter
(str.format as overridable steps)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep (runs of whitespace by default), capitalize each word,
    join with sep (a single space by default)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


################################################################################
# Template
################################################################################

_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits


class Template:
    """'$who likes $what' style substitution: $name or ${name} is replaced by
    the mapping's value, $$ gives a single $."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield the template as pieces: ('text', s), ('escape', '$$'),
        ('named', name, raw), ('invalid', index)."""
        text = self.template
        delim = self.delimiter
        n, dn = len(text), len(delim)
        start = i = 0
        while True:
            i = text.find(delim, i)
            if i < 0:
                break
            if i > start:
                yield ("text", text[start:i])
            j = i + dn
            if text.startswith(delim, j):
                yield ("escape", delim)
                start = i = j + dn
                continue
            k = j
            if k < n and text[k] in _ID_START:
                k += 1
                while k < n and text[k] in _ID_REST:
                    k += 1
                yield ("named", text[j:k], text[i:k])
                start = i = k
                continue
            if k < n and text[k] == "{":
                k += 1
                if k < n and text[k] in _ID_START:
                    k += 1
                    while k < n and text[k] in _ID_REST:
                        k += 1
                    if k < n and text[k] == "}":
                        yield ("named", text[j + 1:k], text[i:k + 1])
                        start = i = k + 1
                        continue
            yield ("invalid", j)
            start = i = j
        if start < n:
            yield ("text", text[start:])

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping={}, /, **kws):
        """Replace every placeholder; a missing name raises KeyError and a
        stray delimiter ValueError."""
        out = []
        for piece in self._scan():
            kind = piece[0]
            if kind == "named":
                name = piece[1]
                value = kws[name] if name in kws else mapping[name]
                out.append(f"{value}")
            elif kind == "invalid":
                self._invalid(piece[1])
            else:
                out.append(piece[1])
        return "".join(out)

    def safe_substitute(self, mapping={}, /, **kws):
        """Like substitute(), but leaves unknown and invalid placeholders
        as they are."""
        out = []
        for piece in self._scan():
            kind = piece[0]
            if kind == "named":
                name = piece[1]
                try:
                    value = kws[name] if name in kws else mapping[name]
                except KeyError:
                    out.append(piece[2])
                else:
                    out.append(f"{value}")
            elif kind == "invalid":
                out.append(self.delimiter)
            else:
                out.append(piece[1])
        return "".join(out)

    def is_valid(self):
        return all(piece[0] != "invalid" for piece in self._scan())

    def get_identifiers(self):
        ids = []
        for piece in self._scan():
            if piece[0] == "named" and piece[1] not in ids:
                ids.append(piece[1])
            elif piece[0] == "invalid":
                self._invalid(piece[1])
        return ids


################################################################################
# Formatter
################################################################################

class Formatter:
    """str.format split into steps a subclass can override: parse,
    get_field/get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '' means "next automatic index" (CPython's Formatter uses the
            # same message for both switching errors).
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) for each
        replacement field; the last tuple may carry only literal text."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    # An escaped brace ends a literal chunk, as in CPython.
                    yield "".join(literal) + "}", None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != "{":
                literal.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == "{":
                yield "".join(literal) + "{", None, None, None
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # A field: find its matching '}' allowing nested {} in the spec.
            depth, j = 1, i + 1
            while j < n and depth:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name, conversion, spec = _split_field(field)
            yield "".join(literal), name, spec, conversion
            literal = []
            i = j
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _split_first(field_name):
    for k, ch in enumerate(field_name):
        if ch in ".[":
            return field_name[:k], ch, field_name[k:]
    return field_name, "", ""


def _split_field(field):
    """'name!r:>10' -> ('name', 'r', '>10'); brackets may contain ':' or '!'."""
    k, n = 0, len(field)
    while k < n and field[k] not in "!:":
        if field[k] == "[":
            while k < n and field[k] != "]":
                k += 1
        k += 1
    name, rest = field[:k], field[k:]
    conversion = None
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    return name, conversion, rest[1:] if rest.startswith(":") else ""


def _field_name_split(field_name):
    """'0.attr[key]' -> (0, [(True, 'attr'), (False, 'key')])."""
    first, _, rest = _split_first(field_name)
    first = int(first) if first.isdigit() else first
    parts = []
    k, n = 0, len(rest)
    while k < n:
        if rest[k] == ".":
            end = k + 1
            while end < n and rest[end] not in ".[":
                end += 1
            parts.append((True, rest[k + 1:end]))
        else:
            end = rest.find("]", k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = rest[k + 1:end]
            parts.append((False, int(key) if key.isdigit() else key))
            end += 1
        k = end
    return first, parts
