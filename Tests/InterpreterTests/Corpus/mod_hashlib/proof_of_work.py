# A blockchain lesson's proof of work: thousands of sha256 calls, block
# boundaries of every algorithm, and a digest of a large bytes object.
import hashlib

def mine(data, difficulty):
    nonce = 0
    while True:
        digest = hashlib.sha256(f"{data}{nonce}".encode()).hexdigest()
        if digest.startswith("0" * difficulty):
            return nonce, digest
        nonce += 1

print(mine("block-1", 3))
chain = ["genesis"]
for i in range(3):
    prev = hashlib.sha256(chain[-1].encode()).hexdigest()
    chain.append(prev[:16])
print(chain)
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    sizes = [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000]
    print(name, [hashlib.new(name, b"q" * n).hexdigest()[:8] for n in sizes])
h = hashlib.sha512()
for part in (b"a" * 100, b"b" * 28, b"c" * 300):
    h.update(part)
print(h.hexdigest()[:32], h.copy().digest()[:4])
print(hashlib.md5(bytes(range(256)) * 4000).hexdigest())
print(hashlib.sha1(bytearray(b"xyz")).hexdigest(), hashlib.sha224(memoryview(b"xyz")).hexdigest()[:12])
