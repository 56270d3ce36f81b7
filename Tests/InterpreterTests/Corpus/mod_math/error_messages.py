import math
tests = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1),
         lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.exp(1000),
         lambda: math.pow(0, -1), lambda: math.gcd(1.5, 2), lambda: math.comb(3, -1), lambda: math.perm(-1),
         lambda: math.sqrt("4"), lambda: math.floor("x"), lambda: math.dist((1, 2), (1,)), lambda: math.fsum("ab"),
         lambda: math.isqrt(-4), lambda: math.ldexp(1, 10000), lambda: math.fmod(1, 0), lambda: math.prod([1, "a"]),
         lambda: math.trunc("s"), lambda: math.ceil(math.inf), lambda: math.floor(math.nan), lambda: math.lcm(2, "4"),
         lambda: math.hypot("a"), lambda: math.log2(-2), lambda: math.atan2("a", 1), lambda: math.copysign(1)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
