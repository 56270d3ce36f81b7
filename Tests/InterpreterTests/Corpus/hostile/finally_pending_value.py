# A break, continue or return inside a finally body that a return is running
# drops the pending return value (CPython's POP_VALUE block), also from a
# try nested in that finally body.
def nested_break():
    n = 0
    for i in range(2):
        for j in range(2):
            try:
                return 6
            finally:
                try:
                    n += 1
                finally:
                    break
    return n

def nested_continue():
    n = 0
    for i in range(3):
        try:
            return i
        finally:
            try:
                n += 10
            finally:
                if i < 2:
                    continue
    return n

def return_replaces():
    for i in range(2):
        try:
            return "first"
        finally:
            try:
                pass
            finally:
                return "second"

def loop_in_finally():
    n = 0
    for i in range(2):
        try:
            for k in range(2):
                return 2
            n += 1
        finally:
            for k in range(2):
                break
                n += 100
            if n > 1:
                raise ValueError(n)
    return n

def with_in_finally():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print("exit"); return False
    out = []
    for i in range(2):
        try:
            return out
        finally:
            with CM():
                out.append(i)
                break
    return ["after", out]

for f in (nested_break, nested_continue, return_replaces, loop_in_finally, with_in_finally):
    try:
        print(f.__name__, f())
    except ValueError as e:
        print(f.__name__, "ValueError", e)
