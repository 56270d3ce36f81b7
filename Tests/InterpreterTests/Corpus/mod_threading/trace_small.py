import threading

log = []
lock = threading.Lock()
with lock:
    log.append("locked")
threading.Thread(target=log.append, args=("from thread",)).start()
done = threading.Event()
done.set()
log.append(done.wait())
print(log, lock.locked(), threading.active_count())
