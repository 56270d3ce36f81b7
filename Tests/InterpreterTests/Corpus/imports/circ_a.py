# corpus: module
print("circ_a starts")
import circ_b
value_a = "A"
def from_b():
    return circ_b.value_b
print("circ_a ends")
