# Producer and consumer share an asyncio.Queue.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item)
        total += item
        q.task_done()
    return total


async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 5))
    total = await consumer(q)
    await prod
    print("total", total, q.qsize(), q.empty())


asyncio.run(main())
