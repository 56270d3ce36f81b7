# Compiles a parse tree (re._parser) into a flat program for re._matcher.
#
# A program is a list of tuples; op[0] is the opcode. Opcodes 0..12 are the
# single-character items of re._charset (they consume one character), the rest
# are listed below. Jump targets are absolute indexes into the list.

from re._charset import (I_LIT, I_SET, I_NSET, I_ANY, I_ANYALL, I_PRED, I_NLIT,
                         literal_item, class_item, item_test)

OP_LITS = 13       # (op, text, len)            several literal characters
OP_SPLIT = 14      # (op, alt)                  go on at pc+1, keep alt as a choice point
OP_JMP = 15        # (op, target)
OP_SAVE = 16       # (op, slot)                 capture boundary
OP_REP1 = 17       # (op, kind, arg, lo, hi, mode, nextlit)  repeat of one character item
OP_RINIT = 18      # (op, reg)                  start of a general loop
OP_RHEAD = 19      # (op, reg, lo, hi, greedy, exit)
OP_RENTER = 20     # (op, reg)                  enter the body (target of lazy choice points)
OP_RTAIL = 21      # (op, reg, head)
OP_AT = 22         # (op, anchor)
OP_BREF = 23       # (op, group, icase)
OP_LOOK = 24       # (op, behind, negative, width, end)   body follows, ends with OP_BODYEND
OP_ATOMIC = 25     # (op, end)
OP_BODYEND = 26    # (op,)
OP_COND = 27       # (op, group, no_branch)
OP_MATCH = 28      # (op,)

AT_BOL, AT_BOLM, AT_EOL, AT_EOLM, AT_A, AT_Z, AT_B, AT_NB, AT_AB, AT_ANB = range(10)
_AT_CODES = {'bol': AT_BOL, 'bolm': AT_BOLM, 'eol': AT_EOL, 'eolm': AT_EOLM, 'A': AT_A,
             'Z': AT_Z, 'b': AT_B, 'B': AT_NB, 'ab': AT_AB, 'aB': AT_ANB}


class _Compiler:
    def __init__(self):
        self.prog = []
        self.nregs = 0

    def emit(self, op):
        self.prog.append(op)
        return len(self.prog) - 1

    def node(self, node):
        kind = node[0]
        if kind == 'lit' or kind == 'any' or kind == 'class':
            k, arg = single_item(node)
            self.emit((k, arg))
        elif kind == 'cat':
            self.sequence(node[1])
        elif kind == 'alt':
            self.alternation(node[1])
        elif kind == 'group':
            self.emit((OP_SAVE, 2 * node[1]))
            self.node(node[2])
            self.emit((OP_SAVE, 2 * node[1] + 1))
        elif kind == 'rep':
            self.repeat(node)
        elif kind == 'at':
            self.emit((OP_AT, _AT_CODES[node[1]]))
        elif kind == 'bref':
            self.emit((OP_BREF, node[1], node[2]))
        elif kind == 'look':
            at = self.emit(None)
            self.node(node[3])
            end = self.emit((OP_BODYEND,))
            self.prog[at] = (OP_LOOK, node[1], node[2], node[4], end)
        elif kind == 'atomic':
            self.atomic(node[1])
        elif kind == 'cond':
            at = self.emit(None)
            self.node(node[2])
            jmp = self.emit(None)
            self.prog[at] = (OP_COND, node[1], len(self.prog))
            self.node(node[3])
            self.prog[jmp] = (OP_JMP, len(self.prog))
        else:
            raise AssertionError('unknown node %r' % (kind,))

    def sequence(self, items):
        i = 0
        n = len(items)
        while i < n:
            item = items[i]
            # Runs of case-sensitive literals become one startswith() test.
            if item[0] == 'lit' and not item[2]:
                j = i
                while j < n and items[j][0] == 'lit' and not items[j][2]:
                    j += 1
                if j - i > 1:
                    text = ''.join(it[1] for it in items[i:j])
                    self.emit((OP_LITS, text, len(text)))
                    i = j
                    continue
            self.node(item)
            i += 1

    def alternation(self, branches):
        jumps = []
        for b in branches[:-1]:
            split = self.emit(None)
            self.node(b)
            jumps.append(self.emit(None))
            self.prog[split] = (OP_SPLIT, len(self.prog))
        self.node(branches[-1])
        for j in jumps:
            self.prog[j] = (OP_JMP, len(self.prog))

    def atomic(self, body):
        at = self.emit(None)
        self.node(body)
        end = self.emit((OP_BODYEND,))
        self.prog[at] = (OP_ATOMIC, end)

    def repeat(self, node):
        lo, hi, mode, body = node[1], node[2], node[3], node[4]
        if body[0] in ('lit', 'any', 'class'):
            k, arg = single_item(body)
            self.emit((OP_REP1, k, arg, lo, hi, mode, None))
            return
        if mode == 2:
            self.atomic(('rep', lo, hi, 0, body))
            return
        if hi == 0:
            return
        if lo == 0 and hi == 1:
            # x? needs no counter: a single choice point
            split = self.emit(None)
            if mode == 0:
                self.node(body)
                self.prog[split] = (OP_SPLIT, len(self.prog))
            else:
                # lazy: pc+1 skips the body; the choice point enters it later
                jmp = self.emit(None)
                self.prog[split] = (OP_SPLIT, jmp + 1)
                self.node(body)
                self.prog[jmp] = (OP_JMP, len(self.prog))
            return
        reg = 2 * self.nregs       # registers reg (count) and reg+1 (last start)
        self.nregs += 1
        self.emit((OP_RINIT, reg))
        head = self.emit(None)
        self.emit((OP_RENTER, reg))
        self.node(body)
        self.emit((OP_RTAIL, reg, head))
        self.prog[head] = (OP_RHEAD, reg, lo, hi, mode == 0, len(self.prog))


def single_item(node):
    kind = node[0]
    if kind == 'lit':
        return literal_item(node[1], node[2])
    if kind == 'any':
        return (I_ANYALL, None) if node[1] else (I_ANY, None)
    return class_item(node[1])


def _fill_nextlit(prog):
    """Tell each REP1 which literal must follow it, so backtracking can skip ahead."""
    n = len(prog)
    for pc in range(n):
        op = prog[pc]
        if op[0] != OP_REP1 or op[5] == 2:
            continue
        j = pc + 1
        while j < n and prog[j][0] == OP_SAVE:
            j += 1
        nxt = prog[j]
        lit = None
        if nxt[0] == I_LIT:
            lit = nxt[1]
        elif nxt[0] == OP_LITS:
            lit = nxt[1][0]
        if lit is not None:
            prog[pc] = op[:6] + (lit,)


# ---- search hints ------------------------------------------------------------

def _first_items(node):
    """Items that the first consumed character must match, or None if unknown."""
    kind = node[0]
    if kind in ('lit', 'any', 'class'):
        return [single_item(node)]
    if kind == 'group':
        return _first_items(node[2])
    if kind == 'atomic':
        return _first_items(node[1])
    if kind == 'rep':
        if node[1] == 0:
            return None
        return _first_items(node[4])
    if kind == 'alt':
        out = []
        for b in node[1]:
            f = _first_items(b)
            if f is None:
                return None
            out.extend(f)
        return out
    if kind == 'cat':
        for item in node[1]:
            if item[0] == 'look' or (item[0] == 'at' and item[1] in ('b', 'B', 'ab', 'aB')):
                continue   # zero-width: the first character comes from what follows
            return _first_items(item)
        return None
    return None


def _first_hint(tree):
    items = _first_items(tree)
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    chars = set()
    others = []
    for k, arg in items:
        if k == I_LIT:
            chars.add(arg)
        elif k == I_SET:
            chars.update(arg)
        elif k == I_ANYALL:
            return None
        else:
            others.append((k, arg))
    if not others:
        return (I_SET, frozenset(chars))
    chars = frozenset(chars)

    def test(c):
        if c in chars:
            return True
        for k, arg in others:
            if item_test(k, arg, c):
                return True
        return False

    return (I_PRED, test)


def _prefix(tree):
    node = tree
    while node[0] == 'group':
        node = node[2]
    items = node[1] if node[0] == 'cat' else [node]
    out = []
    for item in items:
        while item[0] == 'group':
            item = item[2]
        if item[0] == 'lit' and not item[2]:
            out.append(item[1])
        elif item[0] == 'cat':
            for sub in item[1]:
                if sub[0] == 'lit' and not sub[2]:
                    out.append(sub[1])
                else:
                    return ''.join(out)
        else:
            break
    return ''.join(out)


def _anchored(tree):
    node = tree
    while True:
        if node[0] == 'group':
            node = node[2]
        elif node[0] == 'cat' and node[1]:
            node = node[1][0]
        else:
            break
    return node[0] == 'at' and node[1] in ('bol', 'A')


class Program:
    """Everything the matcher and the search loop need."""

    def __init__(self, tree, ngroups):
        c = _Compiler()
        c.node(tree)
        c.emit((OP_MATCH,))
        _fill_nextlit(c.prog)
        self.code = c.prog
        self.nregs = 2 * c.nregs
        self.ncaps = 2 * (ngroups + 1)
        self.blank_caps = [-1] * (self.ncaps + 1)   # copied by each match attempt
        self.blank_regs = [0] * self.nregs
        self.anchored = _anchored(tree)
        self.prefix = _prefix(tree)
        self.first = None if self.prefix else _first_hint(tree)
        self.skip = _skip_item(self.code)


def _skip_item(code):
    """The item of a leading unbounded repeat such as \\w+ when a failed attempt
    at p proves that every start inside the same run of characters fails too: later
    starts can only reach a subset of the end positions, and nothing (no backreference
    or conditional) depends on where the run began."""
    for op in code:
        if op[0] == OP_BREF or op[0] == OP_COND:
            return None
    i = 0
    while code[i][0] == OP_SAVE:
        i += 1
    op = code[i]
    if op[0] == OP_REP1 and op[3] >= 1 and op[4] is None:
        return (op[1], op[2])
    return None


def compile_tree(tree, ngroups):
    return Program(tree, ngroups)
