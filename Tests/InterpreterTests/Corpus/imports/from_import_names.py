# from-imports bind names in this module; the module's global stays its own.
from greet import hello, shout as loud
from counter_mod import increment, make_counter
import counter_mod
print(hello("Dee"), loud("eve"))
print(increment(), increment(), counter_mod.count)
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2())
print(c1.__closure__[0].cell_contents)
