import argparse

p = argparse.ArgumentParser(prog="srv", description="Run the server.")
net = p.add_argument_group("network", "where the server listens")
net.add_argument("--host", default="localhost", help="address to bind")
net.add_argument("--port", type=int, default=8000, help="port number")
out = p.add_argument_group("output")
mx = p.add_mutually_exclusive_group()
mx.add_argument("-q", "--quiet", action="store_true", help="say nothing")
mx.add_argument("-v", "--verbose", action="store_true", help="say everything")
req = p.add_mutually_exclusive_group(required=True)
req.add_argument("--start", action="store_true")
req.add_argument("--stop", action="store_true")
p.add_argument("config", nargs="?", help="config file name")
p.print_help()
for argv in [["--start"], ["--stop", "-q", "c.ini"], ["--start", "--stop"], ["-q", "-v", "--start"], [], ["--port", "80", "--start"]]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print(argv, "exit", e.code)
print(p.get_default("port"), p.get_default("nothing"))
p.set_defaults(port=9000, extra="yes")
print(p.parse_args(["--start"]))
g = p.add_mutually_exclusive_group()
try:
    g.add_argument("must", help="x")
except ValueError as e:
    print("ValueError:", e)
