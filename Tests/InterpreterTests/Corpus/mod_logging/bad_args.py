import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(message)s")
logging.warning("two %s %s", "args")
print("program continues")
logging.info("not shown %d", "x")
logging.warning("fine %d", 1)
