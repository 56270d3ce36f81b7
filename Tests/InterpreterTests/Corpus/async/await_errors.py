# What cannot be awaited, and what async for/with need.
import asyncio


class NotAwaitable:
    pass


class BadAwait:
    def __await__(self):
        return 42


async def main():
    for thing in (5, NotAwaitable(), BadAwait()):
        try:
            await thing
        except TypeError as e:
            print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with open:
            pass
    except TypeError as e:
        print("TypeError:", e)
    coro = asyncio.sleep(0)
    await coro
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
