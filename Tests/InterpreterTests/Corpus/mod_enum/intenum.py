# IntEnum members compare, sort and compute like their int values.
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), str(Priority.LOW))
print(Priority.HIGH == 3, Priority.LOW < Priority.HIGH, Priority.MEDIUM > 1)
print(Priority.HIGH + 1, Priority.MEDIUM * 10, sum(Priority))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(f"{Priority.MEDIUM}", f"{Priority.HIGH:03d}", format(Priority.LOW, ">4"))
labels = ["none", "low", "medium", "high"]
print(labels[Priority.MEDIUM])
print(Priority(2), int(Priority.HIGH), {1: "one"}[Priority.LOW])
print(max(Priority), Priority.HIGH.name, Priority.HIGH.value)
