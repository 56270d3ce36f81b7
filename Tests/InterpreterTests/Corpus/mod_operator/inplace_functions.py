# In-place operator functions: mutable objects change, immutable ones are rebuilt.
import operator

nums = [1, 2]
same = operator.iadd(nums, [3])
print(nums, same is nums)

text = "ab"
longer = operator.iadd(text, "c")
print(text, longer)

print(operator.isub(10, 3), operator.imul(4, 5), operator.itruediv(7, 2), operator.ifloordiv(7, 2))
print(operator.imod(7, 3), operator.ipow(2, 10), operator.ilshift(1, 4), operator.irshift(32, 2))
print(operator.iand(12, 10), operator.ior(12, 10), operator.ixor(12, 10))

tags = {1}
operator.ior(tags, {2})
print(sorted(tags))

items = [0]
operator.iconcat(items, (1, 2))
print(items)
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(3, 2))
