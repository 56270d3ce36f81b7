# Forgetting self: the instance is passed anyway.
class Dog:
    def bark():
        return "woof"


print(Dog.bark())
Dog().bark()
