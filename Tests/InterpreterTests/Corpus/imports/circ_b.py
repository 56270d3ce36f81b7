# corpus: module
print("circ_b starts")
import circ_a
value_b = "B"
print("circ_b sees circ_a partially:", hasattr(circ_a, "value_a"))
