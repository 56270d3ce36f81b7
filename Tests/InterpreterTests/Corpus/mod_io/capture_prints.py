# print(..., file=buffer) writes into a StringIO instead of the screen.
import io


def report(items, out):
    print("Report", file=out)
    print("-" * 6, file=out)
    for name, qty in items:
        print(f"{name:<8}{qty:>3}", file=out)
    print("total", sum(q for _, q in items), sep=": ", file=out)


buffer = io.StringIO()
report([("apples", 3), ("pears", 12)], buffer)
text = buffer.getvalue()
print(repr(text))
print(text, end="")
print(len(text.splitlines()), "lines")

with io.StringIO() as log:
    for level in ("INFO", "WARN"):
        print(level, "message", sep=" | ", end=";", file=log)
    print(repr(log.getvalue()))
print(log.closed)
