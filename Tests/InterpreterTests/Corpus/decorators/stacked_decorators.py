# Stacked decorators apply bottom-up and run outside-in.
def bold(func):
    def wrapper():
        return "<b>" + func() + "</b>"
    return wrapper


def italic(func):
    def wrapper():
        return "<i>" + func() + "</i>"
    return wrapper


@bold
@italic
def text():
    return "scopes"


print(text())


@italic
@bold
def text2():
    return "cells"


print(text2())
