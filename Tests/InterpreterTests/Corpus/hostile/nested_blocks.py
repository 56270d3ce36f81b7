# CPython's limit of 21 statically nested blocks: the 22nd is a SyntaxError.

def nested(kind, n):
    lines = []
    for i in range(n):
        lines.append(" " * i + kind)
    lines.append(" " * n + "pass")
    return "\n".join(lines) + "\n"

def attempt(label, src):
    try:
        compile(src, "<nest>", "exec")
        print(label, "compiles")
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno)

for n in (20, 21, 22, 30):
    attempt("while x%d" % n, nested("while x:", n))
    attempt("for x%d" % n, nested("for i in x:", n))
attempt("if x50", nested("if x:", 50))
attempt("with a, b x11", nested("with a, b:", 11))
attempt("with a, b x10 + while", nested("with a, b:", 10) .replace(" " * 10 + "pass", " " * 10 + "while x:\n" + " " * 11 + "pass"))

# A function body starts afresh.
src = nested("while x:", 20).replace(" " * 20 + "pass", " " * 20 + "def f():\n" + nested("while x:", 20).replace("\n", "\n" + " " * 21).rstrip() + "\n")
attempt("function resets", "".join(" " * 0 + l + "\n" for l in src.splitlines()))

# try/except: each handler costs two more blocks.
def tries(n):
    lines = []
    for i in range(n):
        lines.append(" " * (2 * i) + "try:")
        lines.append(" " * (2 * i + 1) + "pass")
        lines.append(" " * (2 * i) + "except E:")
    lines.append(" " * (2 * n) + "pass")
    return "\n".join(lines) + "\n"
for n in (5, 6, 7, 8, 11):
    attempt("try/except x%d" % n, tries(n))

def finallies(n):
    lines = []
    for i in range(n):
        lines.append(" " * i + "try:")
        lines.append(" " * (i + 1) + "pass")
        lines.append(" " * i + "finally:")
    lines.append(" " * n + "pass")
    return "\n".join(lines) + "\n"
for n in (4, 22):
    attempt("try/finally x%d" % n, finallies(n))
