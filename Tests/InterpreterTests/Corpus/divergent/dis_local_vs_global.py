# A local is read with LOAD_FAST, a global with LOAD_GLOBAL; `global` makes
# the assignment a STORE_GLOBAL.
import dis

rate = 2
total = 0


def charge(amount):
    global total
    fee = amount * rate
    total = total + fee
    return fee


print(charge(10), total)
dis.dis(charge)
