# An exception in a task is raised where the task is awaited.
import asyncio


async def divide(a, b):
    await asyncio.sleep(0)
    return a / b


async def nap():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(divide(1, 0))
    try:
        await task
    except ZeroDivisionError as e:
        print("caught:", e)
    print(task.done(), type(task.exception()).__name__)
    results = await asyncio.gather(divide(4, 2), divide(1, 0), return_exceptions=True)
    print(results)
    t = asyncio.create_task(nap())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())


asyncio.run(main())
