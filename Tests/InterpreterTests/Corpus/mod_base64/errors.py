# Lesson: what goes wrong when decoding base64.
import base64
import binascii

def try_decode(text, **options):
    try:
        result = base64.b64decode(text, **options)
        print(f"{text!r:14} -> {result!r}")
    except binascii.Error as e:
        print(f"{text!r:14} -> binascii.Error: {e}")
    except (TypeError, ValueError) as e:
        print(f"{text!r:14} -> {type(e).__name__}: {e}")

try_decode("aGVsbG8=")
try_decode("aGVsbG8")          # missing padding
try_decode("aGVsb")            # one char too many
try_decode("aGV sbG8=")        # space is skipped
try_decode("aGV sbG8=", validate=True)
try_decode("aGVsbG8=extra", validate=True)
try_decode("=aGVsbG8", validate=True)
try_decode("héllo")
try_decode(42)

print(issubclass(binascii.Error, ValueError))
try:
    base64.b32decode("abc")
except ValueError as e:
    print("b32:", e)
try:
    base64.b16decode("abc")
except ValueError as e:
    print("b16:", e)
base64.b64encode("text is not bytes")
