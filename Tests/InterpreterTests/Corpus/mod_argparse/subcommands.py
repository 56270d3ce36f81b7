import argparse

def add(args):
    print("adding", args.item, "x", args.count)

def remove(args):
    print("removing", args.item, "force" if args.force else "")

p = argparse.ArgumentParser(prog="todo", description="A tiny to-do tool.")
p.add_argument("--db", default="todo.db", help="where items are kept")
sub = p.add_subparsers(dest="command", help="what to do")
a = sub.add_parser("add", help="add an item")
a.add_argument("item")
a.add_argument("-c", "--count", type=int, default=1)
a.set_defaults(func=add)
r = sub.add_parser("remove", aliases=["rm"], help="remove an item")
r.add_argument("item")
r.add_argument("-f", "--force", action="store_true")
r.set_defaults(func=remove)
sub.add_parser("list")
p.print_help()
print("---")
a.print_help()
print("---")
for argv in [["add", "milk"], ["add", "eggs", "-c", "12"], ["rm", "milk", "-f"], ["--db", "x.db", "list"], []]:
    try:
        ns = p.parse_args(argv)
        print(ns)
        if hasattr(ns, "func"):
            ns.func(ns)
    except SystemExit as e:
        print(argv, "exit", e.code)
for argv in [["fly"], ["add"], ["add", "x", "--bad"], ["remove", "-h"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code)
p2 = argparse.ArgumentParser(prog="git")
s2 = p2.add_subparsers(title="commands", description="valid commands", required=True, metavar="CMD")
s2.add_parser("push", help="send changes")
s2.add_parser("pull", help="get changes")
p2.print_help()
try:
    p2.parse_args([])
except SystemExit as e:
    print("exit", e.code)
try:
    p2.add_subparsers()
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
