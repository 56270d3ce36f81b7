import argparse
import sys

p = argparse.ArgumentParser(prog="greet")
p.add_argument("name")
p.add_argument("--times", type=int, default=1)
p.add_argument("--mode", choices=["hi", "bye"])
p.add_argument("--verbose", "--verbosity", dest="verbose", action="store_true")
p.add_argument("--ratio", type=float)
p.add_argument("--pair", nargs=2)
cases = [[], ["ann", "--times", "x"], ["ann", "--mode", "yo"], ["ann", "extra"], ["ann", "--times"],
         ["ann", "--verb"], ["ann", "--ratio", "abc"], ["ann", "--pair", "a"], ["ann", "--times=3", "--nope"],
         ["ann", "--flag=1"], ["ann", "--verbose=yes"]]
for argv in cases:
    try:
        p.parse_args(argv)
        print(argv, "ok")
    except SystemExit as e:
        print(argv, "exit", e.code)

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value
p2 = argparse.ArgumentParser(prog="pos")
p2.add_argument("n", type=positive)
for argv in [["3"], ["-2"], ["0"], ["x"]]:
    try:
        print(p2.parse_args(argv))
    except SystemExit as e:
        print(argv, "exit", e.code)

p3 = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
p3.add_argument("--n", type=int)
try:
    p3.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

for bad in [lambda: p.add_argument("--times"), lambda: p.add_argument("x", required=True),
            lambda: p.add_argument("bad", "-b"), lambda: p.add_argument("--z", action="store", nargs=0),
            lambda: p.add_argument("--w", action="nope"), lambda: p.add_argument("--m", nargs=2, metavar=("A", "B", "C")),
            lambda: p.add_argument("--k", type="int"), lambda: p.add_argument("--c", const=1)]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.error("custom problem")
except SystemExit as e:
    print("error() exit", e.code)
try:
    p.exit(3, "bye\n")
except SystemExit as e:
    print("exit() code", e.code)
print(sys.argv[1:], p.prog)
p.parse_args(["bob", "--times", "many"])
