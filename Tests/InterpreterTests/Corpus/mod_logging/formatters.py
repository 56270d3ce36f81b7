import io
import logging

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setLevel(logging.INFO)
f = logging.Formatter("%(levelname)s|%(name)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(message)s")
h.setFormatter(f)
log = logging.getLogger("fmt")
log.setLevel(logging.DEBUG)
log.addHandler(h)
log.propagate = False

def work():
    log.debug("below handler level")
    log.info("working on %s", "it")
work()
log.warning("top level")
print(stream.getvalue(), end="")
print(repr(h), h.level, h.formatter is f)

t = logging.Formatter("%(asctime)s %(message)s")
rec = logging.LogRecord("n", logging.INFO, "/p/file.py", 7, "hello %s", ("you",), None)
print(len(t.format(rec).split(" ")[0]) == 10, t.format(rec).endswith(" hello you"), rec.message)
print(logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y").format(rec)[4:])
print(rec.filename, rec.module, rec.lineno, rec.levelname, rec.levelno, rec.args, rec.getMessage())
print(rec.threadName, rec.processName, rec.funcName, rec.exc_info, rec.stack_info, rec.taskName)
print(repr(rec))
print(logging.Formatter().format(rec), logging.Formatter("{name}-{message}", style="{").format(rec))
print(logging.Formatter("${levelname}/$message", style="$").format(rec))
print(logging.Formatter("%(custom)s %(message)s", defaults={"custom": "dflt"}).format(rec))
for fmt, style in [("no fields", "%"), ("{missing", "{"), ("no fields", "{"), ("$", "$"), ("x", "?")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(nothere)s").format(rec)
except ValueError as e:
    print("ValueError:", e)

class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()
s2 = io.StringIO()
h2 = logging.StreamHandler(s2)
h2.setFormatter(Upper("%(levelname)s: %(message)s"))
log.addHandler(h2)
log.error("shout %d", 3)
print(s2.getvalue(), end="")

only = logging.Filter("fmt.child")
h2.addFilter(only)
log.error("filtered out")
logging.getLogger("fmt.child").error("from the child")
print(s2.getvalue(), end="")
h2.removeFilter(only)
h2.addFilter(lambda r: r.levelno >= logging.CRITICAL)
log.error("lambda-filtered")
log.critical("passes")
print(s2.getvalue(), end="")
rec2 = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "levelname": "X"})
print(rec2.getMessage(), rec2.levelname)
