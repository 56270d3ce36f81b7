# Event and Lock coordinate tasks.
import asyncio


async def waiter(event, name):
    print(name, "waits")
    await event.wait()
    print(name, "wakes")


async def locked_work(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("x", "y")]
    await asyncio.sleep(0)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(locked_work(lock, "p", log), locked_work(lock, "q", log))
    print(log, lock.locked())


asyncio.run(main())
