# async with awaits __aenter__ and __aexit__.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    async with Connection("cache"):
        raise KeyError("missing")
    print("KeyError suppressed")
    try:
        async with Connection("net"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
