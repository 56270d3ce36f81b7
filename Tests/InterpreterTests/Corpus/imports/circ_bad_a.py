# corpus: module
from circ_bad_b import thing_b
thing_a = 1
