#!/usr/bin/env python3
# Writes the re_differential corpus: seeded random patterns (valid and broken) and subjects.
#   scripts/gen-re-differential.py OUT_DIR 20 260                 -> cases_NN.py (search, findall, finditer, errors)
#   REGEN_MODE=2 scripts/gen-re-differential.py OUT_DIR 8 250     -> more_NN.py (+ atomic, possessive, scoped flags, Unicode, sub/split/fullmatch)
#   REGEN_MODE=3 scripts/gen-re-differential.py OUT_DIR 6 250     -> verbose_NN.py (VERBOSE, conditionals, \N{...}, odd braces, longer subjects)
"""Generates re_differential corpus programs: random patterns and subjects."""
import random, re, sys, os

MODE = int(os.environ.get('REGEN_MODE', '1'))
R = random.Random(20261204 if MODE == 1 else 777 + MODE)
ALPHA = 'abc'
SUBJ_ALPHA = 'abcAB1 _-.\n' + ('éÉßKkſ\tÀ' if os.environ.get('REGEN_MODE') == '2' else '')

ST = {'open': 0, 'closed': [], 'names': []}

def group(prefix, d, name=None):
    ST['open'] += 1
    num = ST['open']
    body = seq(d + 1)
    ST['closed'].append(num)
    if name:
        ST['names'].append(name)
    return prefix + body + ')'

def atom(d):
    r = R.random()
    if d > 2 or r < 0.35:
        return R.choice(['a', 'b', 'c', 'a', 'b', '.', r'\d', r'\w', r'\s', r'\W', 'A', r'\.', '-', ' ', '1'])
    if r < 0.5:
        return R.choice(['[abc]', '[^a]', '[a-c]', '[^bc]', r'[\d.]', '[a-]', r'[\w-]', '[]a]', '[^ ]', r'[\s1]', '[A-Z]'])
    if r < 0.62:
        return group('(', d)
    if r < 0.68:
        return '(?:' + seq(d + 1) + ')'
    if r < 0.72:
        name = 'g%d' % R.randint(1, 3)
        if name in ST['names'] and R.random() < 0.9:
            return 'a'
        return group('(?P<%s>' % name, d, name)
    if r < 0.76:
        return '(?=' + seq(d + 1) + ')'
    if r < 0.79:
        return '(?!' + seq(d + 1) + ')'
    if r < 0.82:
        return '(?<=' + R.choice(['a', 'b', 'ab', '[ab]', r'\d', '.']) + ')'
    if r < 0.84:
        return '(?<!' + R.choice(['a', 'c', 'ab', r'\s']) + ')'
    if r < 0.88:
        if ST['closed'] and R.random() < 0.95:
            return '\\' + str(R.choice(ST['closed']))
        if R.random() < 0.85:
            return 'b'
        return '\\' + str(R.randint(1, 2))
    if r < 0.92:
        return R.choice(['^', '$', r'\b', r'\B', r'\A', r'\Z'])
    if MODE == 3 and r < 0.93:
        return R.choice([' a ', ' # c\n', '[ ]', r'\ ', '(?x: a | b )', '(?(g1)x|y)', '(?(2)a)', '(?#note)', '{', 'a{', 'x{2,3', r'\Z', '$', r'\b\w+\b',
                         '(?-x: )', '(?ai)K', '(?u)', r'[\]]', '[^]]', r'[a\-z]', '[-a]', '[a-]', r'\x', r'\N{DIGIT ONE}', r'\N{LATIN SMALL LETTER A}', r'\u12', r'\400'])
    if MODE == 2 and r < 0.93:
        return R.choice(['(?>' + seq(d + 1) + ')', '(?i:' + seq(d + 1) + ')', '(?-i:a)', 'a*+', 'b++', '[ab]?+',
                         '(?(1)a|b)', 'é', '[à-ÿ]', 'ß', r'\u00e9', r'\x41', r'\t', r'\n', 'K', r'[\W\d]', '(?s:.)', '(?m:^)', '(?x: a b )', '\\', r'\0', r'\07'])
    if r < 0.95:
        if ST['names'] and R.random() < 0.95:
            return '(?P=%s)' % R.choice(ST['names'])
        if R.random() < 0.85:
            return 'c'
        return '(?P=g%d)' % R.randint(1, 3)
    return '(' + seq(d + 1) + '|' + seq(d + 1) + ')'

def quant(a):
    r = R.random()
    if a in ('^', '$', r'\b', r'\B', r'\A', r'\Z') and R.random() < 0.9:
        return a
    if r < 0.55:
        return a
    q = R.choice(['*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}', '{0}'])
    if R.random() < 0.3:
        q += '?'
    return a + q

def seq(d):
    parts = [quant(atom(d)) for _ in range(R.randint(1, 3 if d else 4))]
    s = ''.join(parts)
    if R.random() < 0.15:
        s += '|' + ''.join(quant(atom(d + 1)) for _ in range(R.randint(1, 2)))
    return s

BAD = ['(', ')', 'a)', '(?P<1>a)', '*a', 'a**', 'a{2,1}', '[b-a]', '[a', '(?<=a+)b', r'\q', '(?P<n>a)(?P<n>b)',
       '(?P=x)', r'\3', 'a{1', '(?x', '(?<a>)', '[\\', '(?', 'a|*', '(?i', r'\k', '(?P<a', '??', '+', 'a{3}{2}*?']

def mutate_bad(p):
    r = R.random()
    i = R.randint(0, len(p))
    if r < 0.3:
        return p[:i] + R.choice(['(', ')', '[', '*', '{1,0}', '?P', '\\', '(?<']) + p[i:]
    return R.choice(BAD) + p[:i]

def case():
    ST['open'] = 0
    ST['closed'] = []
    ST['names'] = []
    pat = seq(0)
    if R.random() < 0.08:
        pat = mutate_bad(pat)
    flags = R.choice([0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.A] + ([re.X, re.X | re.I, re.X | re.M, re.X | re.S] * 2 if MODE == 3 else []))
    subj = ''.join(R.choice(SUBJ_ALPHA) for _ in range(R.randint(0, 10 if MODE != 3 else 25)))
    # keep CPython from being slow or the case from being trivial
    return (pat, flags, subj)

def main(out_dir, nfiles, per):
    os.makedirs(out_dir, exist_ok=True)
    total = 0
    for k in range(nfiles):
        cases = []
        while len(cases) < per:
            c = case()
            # Very long nested patterns can backtrack for a long time even in C.
            if len(c[0]) <= 200:
                cases.append(c)
        total += len(cases)
        with open(os.path.join(out_dir, ({1: 'cases_%02d.py', 2: 'more_%02d.py', 3: 'verbose_%02d.py'}[MODE]) % k), 'w') as f:
            f.write('# corpus: no-trace\n')
            f.write('# Generated by a seeded pattern generator: re against CPython, case by case.\n')
            f.write('import re\n\nMORE = %r\nCASES = [\n' % (MODE >= 2))
            for c in cases:
                f.write('    (%r, %d, %r),\n' % c)
            f.write(']\n\n')
            f.write(RUNNER)
    print(total)

RUNNER = '''for i, (pattern, flags, subject) in enumerate(CASES):
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        print(i, 'error', e.msg, e.pos)
        continue
    except (ValueError, OverflowError) as e:
        print(i, type(e).__name__, e)
        continue
    m = rx.search(subject)
    if m is None:
        print(i, 'no match', len(rx.findall(subject)))
    else:
        print(i, m.span(), m.groups(), m.groupdict(), [x.span() for x in rx.finditer(subject)])
    if MORE:
        print(' ', rx.sub('<\\\\g<0>>', subject), rx.split(subject), bool(rx.fullmatch(subject)), bool(rx.match(subject)), rx.subn(lambda m: m.group().upper(), subject, count=2))
'''

if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
