import logging

log = logging.getLogger("quiet")
log.info("info is below WARNING: nothing")
log.warning("last resort prints the bare message to stderr")
log.error("error %s", "too")
print("root handlers:", logging.getLogger().handlers)
print(logging.lastResort)
logging.lastResort = None
log.warning("now the no-handler notice")
log.warning("only once")
print("done")
