# dis.dis of a source string: compiled as an expression when it is one, else
# as statements, and listed. Module-level names are module slots in scopewalk
# (LOAD_GLOBAL/STORE_GLOBAL where CPython lists LOAD_NAME/STORE_NAME).
import dis
dis.dis("x = 1")
dis.dis("a + b")
