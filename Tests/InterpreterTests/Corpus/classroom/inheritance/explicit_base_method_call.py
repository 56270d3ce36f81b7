# A subclass can call the base implementation by naming the class.
class Logger:
    def log(self, msg):
        print("LOG:", msg)


class TimestampLogger(Logger):
    def log(self, msg):
        Logger.log(self, "[t=0] " + msg)


class LoudLogger(TimestampLogger):
    def log(self, msg):
        super(TimestampLogger, self).log(msg.upper())


TimestampLogger().log("started")
LoudLogger().log("skip the timestamp")
