n = 1024
print(n.to_bytes(2, 'big'), n.to_bytes(4, 'little'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, byteorder='little', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x00\x04', 'little'), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff', 'big'), int.from_bytes(b'', 'big'))
print((2**70).to_bytes(9, 'big').hex(), int.from_bytes(bytes.fromhex('400000000000000000'), 'big') == 2**70)
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
            lambda: (1).to_bytes(1, 'middle'), lambda: int.from_bytes('ab', 'big'), lambda: (1).to_bytes(-1, 'big')]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((5).to_bytes(), int.from_bytes(b'\x05'), bool.from_bytes(b'\x01'))
