import logging

logging.warning("before any configuration: root gets a stderr handler")
print(logging.getLogger().handlers)
logging.info("info stays hidden at WARNING")
logger = logging.getLogger(__name__)
logger.error("named %s logger", __name__)
logging.getLogger("deep.child").critical("children propagate to root")
print("stdout line")
