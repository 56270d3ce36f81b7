# Nothing in a generator runs until it is iterated, and it stops at each yield.
def noisy():
    for i in range(3):
        print("producing", i)
        yield i


g = noisy()
print("nothing produced yet")
for v in g:
    print("consumed", v)
