# A triple-quoted string never closed.
print("never printed")
header = "ok"
text = """starts here
and never ends
