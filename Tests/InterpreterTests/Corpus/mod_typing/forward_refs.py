# A class can mention itself in hints as a string; get_type_hints resolves it.
from typing import Optional, List, get_type_hints


class Node:
    def __init__(self, value: int, next: "Optional[Node]" = None) -> None:
        self.value = value
        self.next = next

    def children(self) -> List["Node"]:
        return [self.next] if self.next else []


print(Node.__init__.__annotations__)
print(Node.children.__annotations__)
print(get_type_hints(Node.__init__))
print(get_type_hints(Node.children))

head = Node(1, Node(2, Node(3)))
values = []
node = head
while node:
    values.append(node.value)
    node = node.next
print(values, len(head.children()))


def link(first: "Node", rest: "List[Node]") -> "Node":
    node = first
    for nxt in rest:
        node.next = nxt
        node = nxt
    return first


print(link.__annotations__)
print(get_type_hints(link))
chain = link(Node(10), [Node(20), Node(30)])
print(chain.value, chain.next.value, chain.next.next.value)
