# Names in a class body are not visible inside its methods.
class Config:
    limit = 10

    def check(self, n):
        return n < limit


print(Config.limit)
Config().check(5)
