# Overriding a method and calling the parent's version explicitly.
class Logger:
    def log(self, msg):
        return "[log] " + msg


class TimestampLogger(Logger):
    def log(self, msg):
        return Logger.log(self, "t=0 " + msg)


print(TimestampLogger().log("started"))
print(issubclass(TimestampLogger, Logger), TimestampLogger.__base__.__name__)
