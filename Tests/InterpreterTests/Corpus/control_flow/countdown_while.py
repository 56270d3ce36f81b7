# A while loop with a compound condition.
fuel, altitude = 5, 0
while fuel > 0 and altitude < 30:
    altitude += 8
    fuel -= 1
    print(f"altitude {altitude}, fuel {fuel}")
print("stopped:", "out of fuel" if fuel == 0 else "reached altitude")
