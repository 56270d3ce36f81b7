import io
import logging
import re

# Tracebacks name the program by its path, which depends on where it runs:
# the log goes to a StringIO and is printed with the folders removed.
out = io.StringIO()
def show():
    print(re.sub(r'File "[^"]*/', 'File "', out.getvalue()), end="")
    out.seek(0)
    out.truncate()

logging.basicConfig(stream=out, format="%(levelname)s:%(message)s")
log = logging.getLogger("exc")

def risky(d):
    return d["key"]

try:
    risky({})
except KeyError:
    log.exception("lookup failed for %s", "key")
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("with exc_info=True", exc_info=True)
    log.warning("exception object", exc_info=e)
    logging.exception("module-level exception")
show()
log.info("not shown")
log.error("no exception here", exc_info=False)

class Custom(logging.Logger):
    def shout(self, msg):
        self.warning(msg.upper())
logging.setLoggerClass(Custom)
c = logging.getLogger("custom")
print(type(c).__name__)
c.shout("quiet words")
show()
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)

adapter = logging.LoggerAdapter(logging.getLogger("adapted"), {"user": "ann"})
print(adapter, adapter.name, adapter.getEffectiveLevel())
logging.root.handlers[0].setFormatter(logging.Formatter("%(user)s %(levelname)s %(message)s"))
adapter.warning("adapter message %d", 1)
adapter.info("too low")
adapter.error("error via adapter")
log.warning("extra field", extra={"user": "bob"})
try:
    log.warning("bad extra", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)
show()
