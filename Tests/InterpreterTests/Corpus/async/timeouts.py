# wait_for gives up after its timeout; the slow coroutine is cancelled.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
    finally:
        print("slow cleans up")


async def quick():
    await asyncio.sleep(0.01)
    return "quick result"


async def main():
    print(await asyncio.wait_for(quick(), timeout=0.5))
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(0.5)
    except TimeoutError as e:
        print("timeout block", type(e).__name__)


asyncio.run(main())
