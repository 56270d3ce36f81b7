from ..import school_name
from . import scale
def report(score):
    return f"{school_name}: {score} -> {scale.letter(score)}"
