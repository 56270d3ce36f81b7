# update() feeds data in pieces; the result equals hashing it all at once.
import hashlib

whole = hashlib.sha256(b"hello world").hexdigest()
h = hashlib.sha256()
for piece in [b"hello", b" ", b"world"]:
    h.update(piece)
print(h.hexdigest() == whole)

snapshot = h.copy()
h.update(b"!")
print(snapshot.hexdigest() == whole, h.hexdigest() == whole)
print(h.hexdigest()[:20])
