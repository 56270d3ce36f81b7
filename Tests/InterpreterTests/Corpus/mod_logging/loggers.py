import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)s: %(message)s"))
app = logging.getLogger("app")
app.addHandler(handler)
app.setLevel(logging.INFO)
db = logging.getLogger("app.db")
print(db.parent is app, db.getEffectiveLevel(), db.level, db.propagate)
db.debug("not shown")
db.info("connected to %s", "db1")
print(repr(app), repr(db), repr(logging.getLogger()))
print(logging.getLogger("app") is app, app.getChild("db") is db)
mid = logging.getLogger("x.y.z")
print(mid.parent)
xy = logging.getLogger("x.y")
print(mid.parent is xy, xy.parent)
print(sorted(l.name for l in app.getChildren()))
db.propagate = False
db.warning("no handler of its own: lost? no, last resort")
db.propagate = True
print(app.isEnabledFor(logging.DEBUG), app.isEnabledFor(logging.WARNING))
app.setLevel("WARNING")
print(app.level, logging.getLevelName(app.level))
db.setLevel(logging.DEBUG)
db.debug("db has its own level")
print(app.hasHandlers(), logging.getLogger("other").hasHandlers())
app.removeHandler(handler)
print(app.handlers, app.hasHandlers())
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
app.addHandler(handler)
app.setLevel(1)
app.log(15, "verbose message")
logging.disable(logging.INFO)
app.info("disabled")
app.warning("still on")
logging.disable(logging.NOTSET)
app.info("enabled again")
for bad in ["LOUD", 2.5]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError:", e)
try:
    app.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
print(logging.getLevelNamesMapping()["WARN"], logging.WARN, logging.FATAL)
