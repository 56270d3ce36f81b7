import argparse

desc = """First line of the description.
    Indented second line,
kept as written."""
p = argparse.ArgumentParser(prog="raw", description=desc, epilog="  epilog\n  two lines",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument("--x", help="help is\nstill wrapped   here")
p.print_help()
print("---")
p = argparse.ArgumentParser(prog="rawtext", formatter_class=argparse.RawTextHelpFormatter)
p.add_argument("--x", help="line one\n  line two")
p.print_help()
print("---")
p = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("--size", type=int, default=10, help="the size")
p.add_argument("--name", default="anon")
p.add_argument("pos", nargs="?", default="p", help="positional")
p.add_argument("req", help="required positional")
p.add_argument("--flag", action="store_true", help="a flag")
p.print_help()
print("---")
p = argparse.ArgumentParser(prog="typed", formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument("--size", type=int)
p.add_argument("value", type=float)
p.print_help()
print("---")
p = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name_that_goes_on_and_on_for_a_while",
                            add_help=False)
for i in range(6):
    p.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
p.add_argument("first_positional")
p.add_argument("second_positional", nargs="*")
p.print_usage()
p = argparse.ArgumentParser(prog="wrap")
for i in range(8):
    p.add_argument("--opt%d" % i, metavar="LONGVALUE")
p.add_argument("input_file")
p.add_argument("output_file")
p.print_help()
p = argparse.ArgumentParser(prog="custom", usage="%(prog)s [options] FILE", prefix_chars="-+")
p.add_argument("+x", action="store_true")
p.print_help()
print(p.parse_args(["+x"]))
print(argparse.ArgumentParser(prog="bare", add_help=False).format_help(), end="|\n")
