# Seed 002: two closures made by the same factory keep separate cells.
# The cell reprs contain memory addresses (normalised by the tests).
def create_multiplier(factor):
    def multiply(number):
        return number * factor
    return multiply


double = create_multiplier(2)
triple = create_multiplier(3)

print(double(5))  # 10
print(triple(5))  # 15

# Let's see what's in the closure
print(f"double.__closure__: {double.__closure__}")
print(f"Values in closure: {[cell.cell_contents for cell in double.__closure__]}")
