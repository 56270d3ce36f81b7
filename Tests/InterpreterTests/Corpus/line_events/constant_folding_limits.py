# CPython's AST optimizer folds constant expressions, within size limits
# (128-bit ints for *, ** and <<; 4096 characters; 256 tuple items):
# a folded expression over several lines reports only its first line.
a = 3
big = (2 **
       64)
too_big = (3 **
           81)
product = (2 ** 40 *
           2 ** 40)
past_limit = (2 ** 64 *
              2 ** 65)
shifted = (1 <<
           127)
not_shifted = (3 <<
               127)
literal = (123456789012345678901234567890 +
           1)
negated = (-(2 **
             63))
inverted = (~(2 **
              70))
halves = (2 **
          -1)
floats = (7.0 //
          2, 2.5 %
          2)
repeat = ("ab" *
          3)
no_repeat = ("ab" *
             -1)
tuples = ((1, 2) *
          3)
letter = ("abc"[
    -1])
item = ((1, (2, 3))[1][
    0])
out_of_range = ("abc"[
    5] if a > 5 else None)
with_name = (2 ** 70 +
             a)
print(big, too_big, product, past_limit, shifted, not_shifted)
print(literal, negated, inverted, halves, floats)
print(repeat, repr(no_repeat), tuples, letter, item, out_of_range, with_name)
