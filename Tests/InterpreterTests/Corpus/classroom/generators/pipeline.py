# Chaining generators into a pipeline.
def read(lines):
    for line in lines:
        yield line.strip()


def non_empty(lines):
    for line in lines:
        if line:
            yield line


def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}. {line}"


raw = ["  first ", "", "second", "   ", "third"]
for out in numbered(non_empty(read(raw))):
    print(out)
