# A class attribute counts instances created.
class Ticket:
    issued = 0

    def __init__(self, owner):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner


tickets = [Ticket(name) for name in ["ann", "bob", "cy"]]
print([(t.number, t.owner) for t in tickets])
print(Ticket.issued)
