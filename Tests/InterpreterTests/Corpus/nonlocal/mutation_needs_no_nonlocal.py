# Mutating a captured list or dict is not rebinding: no nonlocal needed.
def make_log():
    entries = []
    stats = {"calls": 0}

    def log(msg):
        entries.append(msg)
        stats["calls"] += 1
        return len(entries)
    return log, entries, stats


log, entries, stats = make_log()
log("start")
log("stop")
print(entries, stats)
