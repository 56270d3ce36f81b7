# from-import of a name not yet defined in a partially initialised module.
import importcheck
print(importcheck.attempt("import circ_bad_a"))
print(importcheck.attempt("import circ_bad_a"))
