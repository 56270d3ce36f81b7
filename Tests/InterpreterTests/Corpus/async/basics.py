# async def makes a coroutine; await runs it to its end.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    coro = add(1, 2)
    print(type(coro).__name__)
    total = await coro
    print("total", total)
    results = []
    for i in range(3):
        results.append(await add(i, i))
    print(results)
    return "done"


print(asyncio.run(main()))
