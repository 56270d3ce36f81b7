# await is only allowed inside async def.
def f():
    await something()
