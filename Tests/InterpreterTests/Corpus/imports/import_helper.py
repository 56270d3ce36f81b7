# A student's own module beside the program: imported once, cached.
import greet
import greet as again
print(greet.hello("Ada"))
print(greet.shout("Bob"))
print(greet is again)
print(greet.__name__, greet._secret)
greet.greeting = "Hi"
print(greet.hello("Cy"))
