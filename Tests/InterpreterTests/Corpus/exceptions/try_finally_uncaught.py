# finally runs even when the exception is not handled.
def work():
    try:
        print("working")
        return {}["k"]
    finally:
        print("cleanup")


work()
