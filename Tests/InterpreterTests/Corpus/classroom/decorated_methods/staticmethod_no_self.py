# A staticmethod gets no implicit first argument; a plain function does.
class Util:
    @staticmethod
    def double(x):
        return 2 * x

    def plain(x):
        return 3 * x


u = Util()
print(Util.double(4), u.double(5))
print(Util.plain(4))
print(u.plain())
print(u.plain(5))
