# Printing the call depth as indentation.
def visit(tree, depth=0):
    name, children = tree
    print("  " * depth + name)
    for child in children:
        visit(child, depth + 1)


visit(("root", [("a", [("a1", []), ("a2", [])]), ("b", [])]))
