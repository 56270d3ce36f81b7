# A small linked list built from nodes.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


head = None
for v in [3, 2, 1]:
    head = Node(v, head)
node = head
values = []
while node is not None:
    values.append(node.value)
    node = node.next
print(values)
