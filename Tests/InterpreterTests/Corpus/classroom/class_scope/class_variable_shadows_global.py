# A class attribute does not change the global of the same name.
x = "global"


class C:
    x = "class"
    seen_in_body = x

    def method(self):
        return x


print(C.seen_in_body, C().method(), x)
