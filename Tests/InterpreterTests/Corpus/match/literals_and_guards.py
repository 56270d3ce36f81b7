# Literal patterns, wildcard, OR patterns and guards.
def http_status(code):
    match code:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case n if 500 <= n < 600:
            return f"server error {n}"
        case _:
            return "unknown"

for c in [200, 201, 404, 503, 42]:
    print(c, http_status(c))
