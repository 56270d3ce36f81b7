# corpus: no-trace (the generator expressions hold random characters)
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(4)), all(c in string.hexdigits for c in secrets.token_hex(8)))
print(len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe(5)), len(secrets.token_urlsafe(0)))
print(all(c in string.ascii_letters + string.digits + '-_' for c in secrets.token_urlsafe(30)))
print(secrets.choice(['only']), 0 <= secrets.randbelow(10) < 10, secrets.randbits(4) < 16)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest('a', 'ab'))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
print(secrets.DEFAULT_ENTROPY)
