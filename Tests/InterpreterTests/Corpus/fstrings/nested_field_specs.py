# Format specs can contain replacement fields.
value = 3.14159
for width in (6, 10):
    for precision in (1, 3):
        print(f"[{value:{width}.{precision}f}]")
align = "^"
print(f"[{'mid':{align}9}]")
fill = "."
print(f"[{'x':{fill}>5}]")
