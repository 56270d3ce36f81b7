# corpus: module
"""Runs an import statement and reports its error without the file path
(which differs from machine to machine)."""
def attempt(statement):
    try:
        exec(statement, {})
    except ImportError as e:
        message = str(e)
        if " (/" in message:
            message = message[:message.index(" (/")]
        return f"{type(e).__name__}: {message}"
    return "imported"
