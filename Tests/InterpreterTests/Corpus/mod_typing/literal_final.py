# Literal, Final and Annotated: hints with extra meaning.
from typing import Literal, Final, Annotated, get_type_hints, get_args, get_origin

Mode = Literal["r", "w", "a"]
print(Mode, get_args(Mode), get_origin(Mode))
print(Literal[1, 2, 1], Literal["x"] == Literal["x"])

MAX_SIZE: Final = 100
RATE: Final[float] = 0.5
print(MAX_SIZE, RATE, __annotations__)

Port = Annotated[int, "between 1 and 65535"]
print(Port, Port.__metadata__, get_origin(Port), get_args(Port))


def open_file(path: str, mode: Mode = "r") -> str:
    return f"opening {path} in mode {mode!r}"


def connect(host: str, port: Port = 80) -> str:
    return f"{host}:{port}"


print(open_file("notes.txt"), get_type_hints(open_file))
print(connect("example.org"), connect.__annotations__)
print(get_type_hints(connect))
print(get_type_hints(connect, include_extras=True)["port"])
