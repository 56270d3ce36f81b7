# hashlib.new(name) picks the algorithm by name.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"The quick brown fox jumps over the lazy dog")
    print(f"{name:>6} {h.digest_size:2} {h.hexdigest()[:24]}")
print(hashlib.new("SHA256", b"x").name)
print({"md5", "sha1", "sha256"} <= hashlib.algorithms_guaranteed)
try:
    hashlib.new("nosuchhash")
except ValueError as e:
    print(e)
