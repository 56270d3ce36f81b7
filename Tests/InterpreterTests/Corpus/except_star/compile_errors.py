# except* rules checked when the code is compiled.
sources = [
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept* TypeError:\n    pass\nexcept ValueError:\n    pass\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "try:\n    pass\nexcept* ValueError:\n    for i in range(3):\n        break\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 2\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
]
for src in sources:
    try:
        compile(src, "<prog>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
