# compile(..., 'single') shows every expression statement's value, as the prompt does.
# corpus: no-trace (exec puts the builtins dict, printed in full, into the globals it is given)
exec(compile("1; 2\n", "<prompt>", "single"))
exec(compile("for i in range(3):\n    i * 10\n", "<prompt>", "single"))
exec(compile("if True:\n    'yes'\nelse:\n    'no'\n", "<prompt>", "single"))
exec(compile("None\n", "<prompt>", "single"))
g = {"x": 1}
exec("x = 2", g)
exec("x = x + 10", g)
print(g["x"], sorted(k for k in g if k != "__builtins__"))
