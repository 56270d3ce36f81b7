# A tiny tokenizer driven by named alternatives and lastgroup.
import re

TOKENS = [("NUMBER", r"\d+(?:\.\d*)?"), ("NAME", r"[A-Za-z_]\w*")]
TOKENS += [("OP", r"[-+*/=()]"), ("SKIP", r"\s+"), ("BAD", r".")]
MASTER = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in TOKENS))

def tokenize(code):
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        if kind != "SKIP":
            yield kind, m.group()

for tok in tokenize("rate = 3.5 * (hours + 2) $"):
    print(tok)
