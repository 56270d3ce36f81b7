"""Evaluates the string annotations get_type_hints() meets ('int',
'Optional[Node]', 'list[int] | None') without eval(): a small parser for the
expression forms annotations use — names, dotted names, subscripts, `|`,
string, number and None/True/False literals, `...` and lists."""

import builtins

_MISSING = object()


def evaluate(text, globalns, localns):
    parser = _Parser(text, globalns, localns)
    value = parser.expr()
    parser.skip_space()
    if parser.pos != len(text):
        raise SyntaxError(f'invalid annotation: {text!r}')
    return value


class _Parser:
    def __init__(self, text, globalns, localns):
        self.text = text
        self.pos = 0
        self.globalns = globalns
        self.localns = localns

    def skip_space(self):
        while self.pos < len(self.text) and self.text[self.pos] in ' \t\n':
            self.pos += 1

    def peek(self, token):
        self.skip_space()
        return self.text.startswith(token, self.pos)

    def take(self, token):
        if self.peek(token):
            self.pos += len(token)
            return True
        return False

    def expect(self, token):
        if not self.take(token):
            raise SyntaxError(f'invalid annotation: {self.text!r}')

    def expr(self):
        value = self.primary()
        while self.take('|'):
            value = _union(value, self.primary())
        return value

    def primary(self):
        value = self.atom()
        while True:
            if self.take('.'):
                value = getattr(value, self.name())
            elif self.take('['):
                value = value[self.subscript(']')]
            else:
                return value

    def subscript(self, close):
        if self.take(close):
            return ()
        items = [self.expr()]
        trailing = False
        while self.take(','):
            if self.peek(close):
                trailing = True
                break
            items.append(self.expr())
        self.expect(close)
        return items[0] if len(items) == 1 and not trailing else tuple(items)

    def name(self):
        self.skip_space()
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum()
                                             or self.text[self.pos] == '_'):
            self.pos += 1
        if start == self.pos:
            raise SyntaxError(f'invalid annotation: {self.text!r}')
        return self.text[start:self.pos]

    def atom(self):
        self.skip_space()
        if self.take('...'):
            return ...
        if self.take('('):
            value = self.subscript(')')
            return value
        if self.take('['):
            value = self.subscript(']')
            return list(value) if isinstance(value, tuple) else [value]
        if self.pos < len(self.text) and self.text[self.pos] in '\'"':
            return self.string()
        if self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] == '-'):
            return self.number()
        word = self.name()
        if word == 'None':
            return None
        if word == 'True':
            return True
        if word == 'False':
            return False
        for namespace in (self.localns, self.globalns):
            if namespace is not None and word in namespace:
                return namespace[word]
        value = getattr(builtins, word, _MISSING)
        if value is _MISSING:
            raise NameError(f"name '{word}' is not defined")
        return value

    def string(self):
        quote = self.text[self.pos]
        end = self.text.index(quote, self.pos + 1)
        value = self.text[self.pos + 1:end]
        self.pos = end + 1
        return value

    def number(self):
        start = self.pos
        self.pos += 1
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] == '.'):
            self.pos += 1
        piece = self.text[start:self.pos]
        return float(piece) if '.' in piece else int(piece)


def _union(left, right):
    try:
        return left | right
    except TypeError:
        # The interpreter has no `int | None` on classes yet: typing's Union
        # is the nearest thing.
        import typing
        return typing.Union[left, right]
