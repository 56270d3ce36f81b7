# __format__ receives the spec after the colon; format() and f-strings call it.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __str__(self):
        return "Money"


m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:,.1f}", format(m, ".0f"))
print("{:short} / {}".format(m, m), str(m))
print(format(3.5), format("x", ">3"), format(42, "05d"))
