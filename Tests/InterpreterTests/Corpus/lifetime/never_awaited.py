# Calling an async function without await makes a coroutine that never runs.
async def greet():
    print("hello")


coro = greet()
print(type(coro).__name__)
del coro
print("done")
