# dis shows how a closure works: outer keeps `message` in a cell (MAKE_CELL,
# STORE_DEREF) and inner reads it through that cell (COPY_FREE_VARS,
# LOAD_DEREF). scopewalk lists its own bytecode with CPython's opcode names.
import dis


def outer():
    message = "hi"

    def inner():
        return message

    return inner


print(outer()())
dis.dis(outer)
