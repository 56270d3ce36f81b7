from fractions import Fraction

recipe = {"flour": "3/4", "sugar": "1/3", "butter": "1/2", "eggs": "2"}
servings_from, servings_to = 4, 6
factor = Fraction(servings_to, servings_from)
print("factor:", factor)
for item, amount in recipe.items():
    scaled = Fraction(amount) * factor
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    if whole and rest:
        text = f"{whole} {rest}/{scaled.denominator}"
    else:
        text = str(scaled)
    print(f"{item:>7}: {text} cups")
