# currentframe and stack show the calls in progress.
import inspect
import operator


def who_called_me():
    caller = inspect.currentframe().f_back
    return caller.f_code.co_name


def report():
    print(list(map(operator.attrgetter("function"), inspect.stack()))[:3])
    return who_called_me()


def main():
    return report()


print(main())
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).lineno)
