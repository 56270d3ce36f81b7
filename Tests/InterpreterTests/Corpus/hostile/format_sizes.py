# Widths and precisions that cannot be allocated.
def attempt(label, f):
    try:
        print(label, len(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("percent star", lambda: '%*d' % (2**62, 1))
attempt("percent star big", lambda: '%*d' % (2**64, 1))
attempt("fstring", lambda: f'{1:{2**62}}')
attempt("format", lambda: '{:{}}'.format(1, 2**62))
attempt("format str", lambda: format('x', '>%d' % 10**12))
attempt("too many digits", lambda: format(1, '9' * 30))
attempt("fine", lambda: '%*d' % (10, 1))
attempt("fine f", lambda: f'{1:>20}')
