# Without __eq__, == compares identity.
class Plain:
    def __init__(self, v):
        self.v = v


a = Plain(1)
print(a == Plain(1), a == a, a != Plain(1))
print([a].count(a), a in [Plain(1)])
