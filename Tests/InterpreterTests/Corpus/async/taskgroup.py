# TaskGroup waits for all its tasks; a failure cancels the others.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "ok")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.01))
        b = tg.create_task(job("b", 0.02))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 0.01, fail=True))
            tg.create_task(job("d", 0.05))
    except ExceptionGroup as eg:
        print("errors:", [str(e) for e in eg.exceptions])


asyncio.run(main())
