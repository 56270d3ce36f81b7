# Members are hashable singletons: good dict keys and match targets.
from enum import Enum


class Light(Enum):
    RED = "stop"
    YELLOW = "slow"
    GREEN = "go"


next_light = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
state = Light.RED
for _ in range(4):
    print(state.name, "->", state.value)
    state = next_light[state]
counts = {}
for s in [Light.RED, Light.GREEN, Light.RED]:
    counts[s] = counts.get(s, 0) + 1
print(counts)
print(Light.RED == "stop", Light.RED.value == "stop")
