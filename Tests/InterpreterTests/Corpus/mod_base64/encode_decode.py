# Lesson: sending binary data as text with base64.
import base64

message = "Hello, Base64! ✓"
raw = message.encode("utf-8")
encoded = base64.b64encode(raw)
print("bytes:  ", raw)
print("base64: ", encoded, len(raw), "->", len(encoded))
decoded = base64.b64decode(encoded).decode("utf-8")
print("back:   ", decoded, decoded == message)

# URL-safe variant: '+' and '/' become '-' and '_'
token = bytes([251, 255, 190, 62, 63])
print(base64.b64encode(token), base64.urlsafe_b64encode(token))
print(base64.urlsafe_b64decode("-_--Pj8="))
print(base64.b64encode(token, altchars=b"*."))

# Padding: 1 or 2 '=' depending on the length
for word in ["a", "ab", "abc", "abcd"]:
    print(word, base64.b64encode(word.encode()).decode())

# Other alphabets
print(base64.b32encode(b"Python"), base64.b32decode("KB4XI2DPNY======"))
print(base64.b16encode(b"\x00\xffhi"), base64.b16decode("00FF6869"))
print(base64.b85encode(b"scopes"), base64.a85encode(b"scopes", adobe=True))
print(base64.encodebytes(b"line " * 15))
