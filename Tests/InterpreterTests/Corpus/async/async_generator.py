# An async generator: async for drives it, each step awaited.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main():
    async for value in ticker(3):
        print("got", value)
    squares = [x * x async for x in ticker(4)]
    print(squares)
    evens = [x async for x in ticker(5) if x % 20 == 0]
    print(evens)
    agen = ticker(2)
    print(type(agen).__name__)
    print(await agen.__anext__())
    print(await anext(agen))
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
