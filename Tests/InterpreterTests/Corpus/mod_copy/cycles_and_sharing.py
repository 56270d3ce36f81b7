# deepcopy keeps shared references shared, and copes with cycles.
import copy

shared = [1, 2]
pair = [shared, shared]
clone = copy.deepcopy(pair)
print(clone, clone[0] is clone[1], clone[0] is shared)

loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop, loop_copy)
print(loop_copy[1] is loop_copy, loop_copy is loop)

node = {"name": "a"}
node["self"] = node
node_copy = copy.deepcopy(node)
print(node_copy["self"] is node_copy, node_copy is node)


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


first, second = Node(1), Node(2)
first.next, second.next = second, first
c = copy.deepcopy(first)
print(c.value, c.next.value, c.next.next is c, c.next is second)
