# Functions from another module run (untraced there), calling back into ours.
import counter_mod
def twice(f):
    return f() + f()
step = counter_mod.make_counter()
print(twice(step))
print(sorted([3, 1, 2], key=lambda x: -x))
total = 0
for i in range(3):
    total += counter_mod.increment()
print(total)
