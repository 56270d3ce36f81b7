# Text must be encoded to bytes before hashing.
import hashlib

message = "héllo wörld"
print(hashlib.md5(message.encode()).hexdigest())
print(hashlib.sha1(message.encode("utf-8")).hexdigest())
try:
    hashlib.sha256(message)
except TypeError as e:
    print("TypeError:", e)
