# Late binding: the first lambda reads `i` from a cell when it is called
# (LOAD_DEREF); the second gets its own copy as a default (LOAD_FAST).
import dis


def build():
    late = [lambda: i for i in range(3)]
    early = [lambda i=i: i for i in range(3)]
    return late, early


late, early = build()
print([f() for f in late], [f() for f in early])
dis.dis(late[0])
dis.dis(early[0])
