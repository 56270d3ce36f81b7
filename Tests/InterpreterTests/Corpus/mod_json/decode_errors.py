import json

bad_documents = ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', "{'single': 1}", '"unterminated', '[1] extra', 'tru', '{"a": 1 "b": 2}', '"bad \\x escape"', '\n\n  [1,\n  2 3]']
for doc in bad_documents:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   msg:", e.msg, "pos:", e.pos, "line:", e.lineno, "col:", e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"key": }')
except ValueError as e:
    print(type(e).__name__, e)
