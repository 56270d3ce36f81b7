# (fuzz-lines seed 9125, minimised) A finally body run by a `return` holds a loop
# whose `continue` leaves a try: that continue must not reopen the handlers the
# return had closed, so the AssertionError below leaves f1 (it used to land in
# the inner `except (KeyError, ZeroDivisionError)` and run the finally again).
def f1(a, b):
    try:
        try:
            w22 = 0
            while w22 < 0:
                    break
            else:
                return b or a
        except (KeyError, ZeroDivisionError):
            pass
    finally:
        for i31 in range(1):
            try:
                continue
            except:
                pass
        for i32 in 'xy':
            if a == 2:
                a += 1
            else:
                assert a <= 2, a
            try:
                b = (lambda q: q + 1)((-2 if 0 < a < 3 else a))
            except:
                pass
try:
    try:
        try:
            try:
                print(a - b and a)
            except (KeyError, ZeroDivisionError):
                pass
        finally:
                assert b != 4, a
    finally:
        b = ((b if a == 0 else -2)) % 7
except Exception as e:
    print(f1(3, 2))
