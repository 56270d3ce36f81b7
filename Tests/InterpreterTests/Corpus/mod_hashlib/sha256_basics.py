# A hash turns any bytes into a fixed-size fingerprint.
import hashlib

h = hashlib.sha256(b"abc")
print(h.hexdigest())
print(h.name, h.digest_size, h.block_size)
print(hashlib.sha256(b"").hexdigest())
print(len(h.hexdigest()), len(h.digest()))
print(hashlib.sha256(b"abd").hexdigest()[:16])
