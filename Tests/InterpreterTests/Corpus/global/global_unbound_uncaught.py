# A global name that was never assigned raises NameError when read.
def show():
    global missing_setting
    return missing_setting


show()
