# del of a global through a global statement removes it from the module.
temp = "temporary"


def cleanup():
    global temp
    del temp


cleanup()
try:
    print(temp)
except NameError as exc:
    print("NameError:", exc)
