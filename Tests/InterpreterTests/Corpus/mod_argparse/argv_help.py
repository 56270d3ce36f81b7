import argparse
import sys

p = argparse.ArgumentParser(description="Uses sys.argv: no arguments given.")
p.add_argument("--count", type=int, default=2)
args = p.parse_args()
print(args, p.prog == sys.argv[0])
print(p.format_usage(), end="")
p.parse_args(["--help"])
print("not reached")
