# Lesson: stable IDs for users and pages with uuid3/uuid5.
import uuid

emails = ["ada@example.com", "alan@example.com", "ada@example.com"]
ids = [uuid.uuid5(uuid.NAMESPACE_DNS, e) for e in emails]
for email, uid in zip(emails, ids):
    print(f"{email:18} {uid}")
print("same input, same id:", ids[0] == ids[2])
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://python.org/"))

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(repr(u), u.version, u.variant)
print(u.hex, u.int)
print(u.fields)
print(u.bytes, u.urn)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int, version=4))

by_id = {uid: email for uid, email in zip(ids, emails)}
print(len(by_id), sorted(by_id.values()))

for text in ["not-a-uuid", "12345678123456781234567812345678"]:
    try:
        print(uuid.UUID(text))
    except ValueError as e:
        print(f"{text!r}: ValueError: {e}")
u.int = 5
