# A def whose parameters, defaults and annotations are spread over lines:
# defaults and keyword-only defaults report their own lines, then the def's;
# under `from __future__ import annotations` each annotation string loads
# on the annotation's line.
from __future__ import annotations

base = 10


def deco(f):
    return f


def deco_with(*args, **kwargs):
    return deco


def area(width: int,
         height: int = 2,
         *extra: float,
         unit: str = (
             "cm"),
         scale=base // 5) -> str:
    return f"{width * height * scale} {unit}"


@deco_with(
    1,
    key=base)
@(
    deco
)
def describe(
        name,
        greeting=[
            "hello",
        ],
):
    return greeting[0] + ", " + name


shout = (lambda text=(
    "hey"):
    text.upper())

print(area(3))
print(area(3, 4, unit="m"))
print(describe("ada"))
print(shout())
print(area.__annotations__)
