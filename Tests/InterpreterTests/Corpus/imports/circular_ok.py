# A circular import that works: circ_b sees a partially initialised circ_a.
import circ_a
print(circ_a.from_b(), circ_a.value_a)
