import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s %(name)s %(funcName)s:%(lineno)d %(message)s")
logging.debug("debugging %d items", 3)
logging.info("info")
logging.warning("careful: %s", "hot")
logging.error("error %r", [1, 2])
logging.critical("critical!")
logging.log(25, "custom level")

def compute():
    logging.info("inside compute")
    return 42
compute()
print(logging.getLogger().level, logging.root.handlers[0].formatter._fmt)
logging.basicConfig(level=logging.ERROR)          # ignored: root has a handler
print(logging.getLogger().getEffectiveLevel())
logging.basicConfig(level=logging.ERROR, stream=sys.stdout, format="%(levelname)-8s|%(message)s", force=True)
logging.warning("hidden")
logging.error("shown")
logging.basicConfig(stream=sys.stdout, format="{levelname}: {message} ({module})", style="{", force=True, level="INFO")
logging.info("brace style")
logging.basicConfig(stream=sys.stdout, format="$levelname - ${name} - $message", style="$", force=True, level="INFO")
logging.info("dollar style %s", "with args")
logging.basicConfig(stream=sys.stdout, force=True)
logging.warning("default format")
logging.warning("dict arg %(a)s and %(b)s", {"a": 1, "b": 2})
