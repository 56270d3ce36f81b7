# Store the hash of a password, then compare hashes, not passwords.
import hashlib


def fingerprint(password, salt):
    return hashlib.sha256((salt + password).encode()).hexdigest()


stored = fingerprint("correct horse", "s4lt")
for attempt in ["correct horse", "Correct horse", "correct horse "]:
    ok = fingerprint(attempt, "s4lt") == stored
    print(repr(attempt), "->", "ok" if ok else "denied")
print(stored[:12])
