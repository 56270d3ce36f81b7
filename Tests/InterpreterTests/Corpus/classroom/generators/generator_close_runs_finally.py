# close() raises GeneratorExit at the paused yield, so finally blocks run.
def reader():
    try:
        yield "line 1"
        yield "line 2"
        yield "line 3"
    finally:
        print("reader cleaned up")


r = reader()
print(next(r))
r.close()
print("closed")
print(next(r, "exhausted"))
r.close()
