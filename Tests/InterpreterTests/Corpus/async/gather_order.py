# gather runs coroutines concurrently: the shortest sleep finishes first,
# but the results come back in argument order.
import asyncio


async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}")
    return name.upper()


async def main():
    results = await asyncio.gather(
        worker("slow", 0.03),
        worker("fast", 0.01),
        worker("middle", 0.02),
    )
    print(results)


asyncio.run(main())
