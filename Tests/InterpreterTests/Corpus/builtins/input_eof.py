# input() at end of input raises EOFError (see input_eof.stdin).
first = input("first: ")
print("got", repr(first))
second = input("second: ")
print("never printed")
