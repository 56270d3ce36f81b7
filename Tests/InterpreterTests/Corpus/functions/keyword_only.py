# Parameters after * must be passed by keyword.
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"


print(connect("example", secure=True))
print(connect("example", port=8080, secure=False))
try:
    connect("example", 443, True)
except TypeError as exc:
    print(exc)
try:
    connect("example")
except TypeError as exc:
    print(exc)
