# nonlocal: the inner function both reads and writes the cell it shares with
# make_counter (LOAD_DEREF / STORE_DEREF), while `step` stays a fast local.
import dis


def make_counter():
    count = 0

    def increment(step):
        nonlocal count
        count += step
        return count

    return increment


tick = make_counter()
print(tick(1), tick(5))
dis.dis(tick)
print(tick.__code__.co_freevars, tick.__code__.co_varnames)
