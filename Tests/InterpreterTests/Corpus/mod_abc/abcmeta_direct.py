# metaclass=ABCMeta is what ABC does for you.
from abc import ABCMeta, ABC, abstractmethod


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...


class Hello(Plugin):
    def run(self):
        return "hi"


print(type(Plugin), type(ABC), type(Hello))
print(Hello().run(), isinstance(Hello(), Plugin))
try:
    Plugin()
except TypeError as e:
    print(e)
