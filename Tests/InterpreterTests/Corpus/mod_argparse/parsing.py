import argparse

p = argparse.ArgumentParser(prog="calc")
p.add_argument("numbers", nargs="+", type=int)
p.add_argument("-o", "--op", choices=["add", "mul"], default="add")
p.add_argument("-v", action="count", default=0)
p.add_argument("--scale", type=float, default=1.0)
p.add_argument("--name", default="result")
p.add_argument("--flag", action="store_true")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--item", action="append")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True)
for argv in [["1", "2", "3"], ["4", "-o", "mul", "5"], ["-vvv", "7"], ["--op=mul", "2", "3"],
             ["-omul", "2"], ["--sc", "2.5", "1"], ["1", "--item", "a", "--item", "b"],
             ["--ext", "x", "y", "--ext", "z", "--", "9"], ["--opt", "1"], ["--opt=E", "1"],
             ["--no-color", "1"], ["--color", "1"], ["--", "-5", "6"], ["-5"] , ["--flag", "--const", "3"],
             ["1", "--name", "-x"]]:
    try:
        ns = p.parse_args(argv)
        print(argv, "->", ns)
    except SystemExit as e:
        print(argv, "-> exit", e.code)
ns = p.parse_args(["3", "4"])
print(ns.numbers, ns.op, vars(ns)["scale"], "numbers" in ns, "zzz" in ns)
print(ns == argparse.Namespace(**vars(ns)), argparse.Namespace(a=1) == argparse.Namespace(a=2))
known, rest = p.parse_known_args(["1", "--bogus", "x", "2"])
print(known.numbers, rest)
print(argparse.Namespace(x=1, y="two", **{"not valid": 3}))
q = argparse.ArgumentParser(prog="neg")
q.add_argument("-1", dest="one", action="store_true")
q.add_argument("value", nargs="?")
print(q.parse_args(["-1"]), q.parse_args([]))
