# An exception leaving the main coroutine ends asyncio.run with it.
import asyncio


async def check(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n


async def main():
    for i in range(5):
        print(await check(i))


asyncio.run(main())
