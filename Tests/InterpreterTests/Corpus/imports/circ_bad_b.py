# corpus: module
from circ_bad_a import thing_a
thing_b = 2
