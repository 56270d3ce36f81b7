# corpus: module
# Reads its own name while it is still being made (a circular import of itself).
import selfref_mod

print("size is", selfref_mod.size)
size = 3
