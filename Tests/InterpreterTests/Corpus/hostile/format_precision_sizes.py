# A huge precision only cuts a str (CPython formats it); a float says
# "precision too big", an int rejects any precision: scopewalk raised
# MemoryError for all three.
for e in ["'{:.{}}'.format('abc', 2**62)", "'%.*s' % (2**62, 'abcd')", "format('xy', '.%d' % 2**40)", "'%.*r' % (2**40, 'q')", "f'{\"abc\":.{2**62}}'", "format(1.5, '.%df' % 2**40)", "'%.*f' % (2**40, 1.5)", "format(12, '.%d' % 2**40)"]:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
