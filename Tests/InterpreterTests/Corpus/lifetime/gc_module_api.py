# The gc module's questions: what is tracked, what an object refers to, who
# refers to it, the switch for automatic collection, and argument errors.
import gc


class C:
    pass


c = C()
c.a = [1]
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(c))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(lambda: 1), gc.is_tracked({1, 2}))
print([type(r).__name__ for r in gc.get_referents([1, "a", c])])
print(gc.get_referents((1, [2])))
print(gc.get_referents({"k": [1]}))
print(gc.get_referents({3, 4}))
holder = [c]
print(id(holder) in list(map(id, gc.get_referrers(c))))
print(id(holder) in list(map(id, gc.get_objects())))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
print(gc.garbage)
print(type(gc.get_count()), len(gc.get_count()))
for bad in (lambda: gc.collect(3), lambda: gc.collect("a"), lambda: gc.collect(1, 2), lambda: gc.is_tracked()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.collect(generation=0) >= 0)
