# digest() gives raw bytes; hexdigest() the same bytes as hex text.
import hashlib

d = hashlib.md5(b"abc").digest()
print(d)
print(len(d), d[0], d[-1], list(d[:4]))
print("".join([f"{b:02x}" for b in list(d)]))
print(hashlib.md5(b"abc").hexdigest())
