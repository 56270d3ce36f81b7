# The backtracking machine for scopewalk's re.
#
# One call of run() tries to match a compiled program at one start position.
# Backtracking uses an explicit stack instead of Python recursion, so patterns
# such as (a|b)* on long strings never hit the interpreter's recursion limit.
#
# Stack entries (entry[0] is the type):
#   (CHOICE, pc, pos)                 resume here on failure
#   (UNDO_CAP, slot, old, oldlast)    restore a capture slot and lastindex
#   (UNDO_REG, index, old)            restore one loop register
#   (UNDO_LOOP, index, count, last)   restore both registers of a loop
#   [REP_GREEDY, pc, minpos, pos, lit]  give back one character and retry at pc
#   [REP_LAZY, pc, pos, limit, kind, arg, lit]  take one more character and retry
#   (BARRIER, mode, pos, pc)          start of a lookaround/atomic body
# The REP entries are lists so they can be updated in place while backtracking.

from re._charset import (I_LIT, I_SET, I_NSET, I_ANY, I_ANYALL, I_NLIT, scan, item_test)
from re._compiler import (OP_LITS, OP_SPLIT, OP_JMP, OP_SAVE, OP_REP1, OP_RINIT, OP_RHEAD,
                          OP_RENTER, OP_RTAIL, OP_AT, OP_BREF, OP_LOOK, OP_ATOMIC, OP_BODYEND,
                          OP_COND, OP_MATCH, AT_BOL, AT_BOLM, AT_EOL, AT_EOLM, AT_A, AT_Z,
                          AT_B, AT_NB, AT_AB, AT_ANB)

CHOICE = 0
UNDO_CAP = 1
UNDO_REG = 2
UNDO_LOOP = 3
REP_GREEDY = 4
REP_LAZY = 5
BARRIER = 6

_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _at(kind, s, pos, end):
    if kind == AT_BOL or kind == AT_A:
        return pos == 0
    if kind == AT_BOLM:
        return pos == 0 or s[pos - 1] == '\n'
    if kind == AT_EOL:
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == AT_EOLM:
        return pos == end or s[pos] == '\n'
    if kind == AT_Z:
        return pos == end
    if end == 0:
        return False   # CPython: neither \b nor \B matches in an empty string
    if kind == AT_B or kind == AT_NB:
        before = pos > 0 and (s[pos - 1].isalnum() or s[pos - 1] == '_')
        after = pos < end and (s[pos].isalnum() or s[pos] == '_')
    else:
        before = pos > 0 and s[pos - 1] in _ASCII_WORD
        after = pos < end and s[pos] in _ASCII_WORD
    if kind == AT_B or kind == AT_AB:
        return before != after
    return before == after


def _run_python(prog, s, start, end, full, noempty):
    """Match prog at s[start:]; returns the capture list or None."""
    code = prog.code
    caps = prog.blank_caps[:]        # last item: lastindex
    regs = prog.blank_regs[:] if prog.nregs else None
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    pos = start
    last = -1
    while True:
        # ---- run forward until something fails ----
        while True:
            op = code[pc]
            k = op[0]
            if k == I_LIT:
                if pos < end and s[pos] == op[1]:
                    pos += 1
                    pc += 1
                    continue
                break
            elif k == OP_LITS:
                if s.startswith(op[1], pos, end):
                    pos += op[2]
                    pc += 1
                    continue
                break
            elif k == I_SET:
                if pos < end and s[pos] in op[1]:
                    pos += 1
                    pc += 1
                    continue
                break
            elif k == OP_REP1:
                kind = op[1]
                hi = op[4]
                lim = end
                if hi is not None and pos + hi < end:
                    lim = pos + hi
                minp = pos + op[3]
                mode = op[5]
                if mode == 1:
                    # lazy: take the minimum now, more on backtracking
                    if minp > end or scan(s, pos, minp, kind, op[2]) < minp:
                        break
                    if minp < lim:
                        push([REP_LAZY, pc + 1, minp, lim, kind, op[2], op[6]])
                    pos = minp
                    pc += 1
                    continue
                q = scan(s, pos, lim, kind, op[2])
                if q < minp:
                    break
                if mode == 0 and q > minp:
                    lit = op[6]
                    if lit is not None:
                        q = s.rfind(lit, minp, q + 1 if q < end else end)
                        if q < 0:
                            break
                    if q > minp:
                        push([REP_GREEDY, pc + 1, minp, q, lit])
                pos = q
                pc += 1
                continue
            elif k == OP_SPLIT:
                push((CHOICE, op[1], pos))
                pc += 1
                continue
            elif k == OP_JMP:
                pc = op[1]
                continue
            elif k == OP_SAVE:
                slot = op[1]
                push((UNDO_CAP, slot, caps[slot], last))
                caps[slot] = pos
                if slot & 1:
                    last = slot >> 1
                pc += 1
                continue
            elif k == I_ANY:
                if pos < end and s[pos] != '\n':
                    pos += 1
                    pc += 1
                    continue
                break
            elif k <= I_NLIT:
                if pos < end and item_test(k, op[1], s[pos]):
                    pos += 1
                    pc += 1
                    continue
                break
            elif k == OP_RHEAD:
                r = op[1]
                count = regs[r]
                if count < op[2]:
                    # required iterations do not arm the empty-iteration check (as in CPython)
                    pc += 2
                elif (op[3] is not None and count >= op[3]) or pos == regs[r + 1]:
                    pc = op[5]
                elif op[4]:
                    push((CHOICE, op[5], pos))
                    push((UNDO_REG, r + 1, regs[r + 1]))
                    regs[r + 1] = pos
                    pc += 2
                else:
                    push((CHOICE, pc + 1, pos))
                    pc = op[5]
                continue
            elif k == OP_RTAIL:
                r = op[1]
                push((UNDO_REG, r, regs[r]))
                regs[r] += 1
                pc = op[2]
                continue
            elif k == OP_RINIT:
                r = op[1]
                push((UNDO_LOOP, r, regs[r], regs[r + 1]))
                regs[r] = 0
                regs[r + 1] = -1
                pc += 1
                continue
            elif k == OP_RENTER:
                r = op[1] + 1
                push((UNDO_REG, r, regs[r]))
                regs[r] = pos
                pc += 1
                continue
            elif k == OP_AT:
                if _at(op[1], s, pos, end):
                    pc += 1
                    continue
                break
            elif k == OP_MATCH:
                if (full and pos != end) or (noempty and pos == start):
                    break
                caps[0] = start
                caps[1] = pos
                caps[-1] = last
                return caps
            elif k == OP_BREF:
                g = 2 * op[1]
                a = caps[g]
                b = caps[g + 1]
                if a < 0 or b < 0:
                    break
                n = b - a
                if pos + n > end:
                    break
                if op[2]:
                    if s[a:b].lower() != s[pos:pos + n].lower():
                        break
                elif not s.startswith(s[a:b], pos):
                    break
                pos += n
                pc += 1
                continue
            elif k == OP_LOOK:
                p0 = pos
                if op[1]:
                    p0 = pos - op[3]
                    if p0 < 0:
                        if op[2]:
                            pc = op[4] + 1
                            continue
                        break
                push((BARRIER, 1 if op[2] else 0, pos, op[4] + 1))
                pos = p0
                pc += 1
                continue
            elif k == OP_ATOMIC:
                push((BARRIER, 2, pos, op[1] + 1))
                pc += 1
                continue
            elif k == OP_BODYEND:
                # The body matched: drop its choice points, keep its undo records.
                i = len(stack) - 1
                while stack[i][0] != BARRIER:
                    i -= 1
                bar = stack[i]
                keep = [e for e in stack[i + 1:] if 1 <= e[0] <= 3]
                del stack[i:]
                stack.extend(keep)
                if bar[1] == 1:
                    break          # negative lookaround: the body must not match
                if bar[1] == 0:
                    pos = bar[2]
                pc = bar[3]
                continue
            elif k == OP_COND:
                g = 2 * op[1]
                if caps[g] >= 0 and caps[g + 1] >= 0:
                    pc += 1
                else:
                    pc = op[2]
                continue
            else:
                raise AssertionError('bad opcode %r' % (k,))
        # ---- backtrack to the latest choice point ----
        while True:
            if not stack:
                return None
            e = pop()
            t = e[0]
            if t == CHOICE:
                pc = e[1]
                pos = e[2]
                break
            elif t == UNDO_CAP:
                caps[e[1]] = e[2]
                last = e[3]
            elif t == REP_GREEDY:
                lit = e[4]
                if lit is None:
                    q = e[3] - 1
                else:
                    q = s.rfind(lit, e[2], e[3])
                    if q < 0:
                        continue
                if q > e[2]:
                    e[3] = q
                    push(e)
                pc = e[1]
                pos = q
                break
            elif t == UNDO_REG:
                regs[e[1]] = e[2]
            elif t == UNDO_LOOP:
                regs[e[1]] = e[2]
                regs[e[1] + 1] = e[3]
            elif t == REP_LAZY:
                q = e[2]
                if not item_test(e[4], e[5], s[q]):
                    continue
                q += 1
                lit = e[6]
                if lit is not None:
                    # skip ahead to where the following literal can match
                    lim = e[3]
                    while q < end and s[q] != lit and q < lim and item_test(e[4], e[5], s[q]):
                        q += 1
                if q < e[3]:
                    e[2] = q
                    push(e)
                pc = e[1]
                pos = q
                break
            elif t == BARRIER:
                if e[1] == 1:      # negative lookaround whose body failed: success
                    pos = e[2]
                    pc = e[3]
                    break


# The same machine in Swift (Builtins/Modules/RegexMatchModule.swift), used
# when the interpreter has it. It gives up (False) on a match that takes too
# many steps; that match then runs here, as Python the debugger can pause.
try:
    from _re_match import run as _native_run
except ImportError:
    _native_run = None


def run(prog, s, start, end, full, noempty):
    """Match prog at s[start:]; returns the capture list or None."""
    if _native_run is not None:
        caps = _native_run(prog, s, start, end, full, noempty)
        if caps is not False:
            return caps
    return _run_python(prog, s, start, end, full, noempty)
