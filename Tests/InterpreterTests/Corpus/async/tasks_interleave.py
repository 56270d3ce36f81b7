# Tasks take turns at each await.
import asyncio


async def count(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)
    return label * n


async def main():
    t1 = asyncio.create_task(count("a", 3))
    t2 = asyncio.create_task(count("b", 2))
    print("tasks created", t1.done(), t2.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t2.result())
    print(t1.get_name(), t2.get_name())


asyncio.run(main())
