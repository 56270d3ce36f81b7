# corpus: no-trace (the locals hold random UUIDs)
# Lesson: random identifiers with uuid4 (values differ each run).
import uuid

tokens = [uuid.uuid4() for _ in range(5)]
print("all different:", len(set(tokens)) == 5)
for t in tokens:
    s = str(t)
    print(len(s), s.count("-"), s[14], t.version, t.variant == uuid.RFC_4122)
print(type(tokens[0]).__name__, tokens[0] == uuid.UUID(str(tokens[0])))
stamp = uuid.uuid1(node=0x0123456789AB, clock_seq=42)
print(stamp.version, hex(stamp.node), stamp.clock_seq)
later = uuid.uuid1(node=0x0123456789AB, clock_seq=42)
print("time goes forward:", later.time > stamp.time)
print(uuid.uuid4().hex.isalnum(), len(uuid.uuid4().bytes))
uuid.uuid5("not a namespace", "x")
