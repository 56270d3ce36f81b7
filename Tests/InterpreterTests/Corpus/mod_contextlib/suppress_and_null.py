# suppress() ignores chosen exceptions; nullcontext() is a do-nothing stand-in.
from contextlib import suppress, nullcontext

data = {"a": 1}
with suppress(KeyError):
    print(data["a"])
    print(data["b"])
    print("not reached")
print("continued")

for text in ["12", "x", "7"]:
    with suppress(ValueError, TypeError):
        print("parsed", int(text))

try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError not suppressed:", e)

with nullcontext() as nothing:
    print("nothing is", nothing)
with nullcontext({"config": True}) as cfg:
    print(cfg)


def process(lock=None):
    with lock if lock is not None else nullcontext():
        return "processed"


print(process())
