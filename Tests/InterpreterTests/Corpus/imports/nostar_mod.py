# corpus: module
public = "yes"
_private = "no"
def helper():
    return "helped"
