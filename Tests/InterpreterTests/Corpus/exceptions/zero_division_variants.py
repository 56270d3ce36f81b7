# Division, floor division and modulo by zero share one message.
for op in ("a / b", "a // b", "a % b", "divmod(a, b)", "a / 0.0"):
    try:
        a, b = 7, 0
        if op == "a / b":
            a / b
        elif op == "a // b":
            a // b
        elif op == "a % b":
            a % b
        elif op == "divmod(a, b)":
            divmod(a, b)
        else:
            a / 0.0
    except ZeroDivisionError as exc:
        print(op, "->", exc)
