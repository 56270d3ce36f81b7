# ord and chr convert between characters and code points.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("é"))
print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) - ord("a") for c in "scope"])
