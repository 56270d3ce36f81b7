def request(method, path, headers, body=b""):
    lines = [b"%s %s HTTP/1.1" % (method, path)]
    for name, value in headers.items():
        lines.append(b"%s: %s" % (name, value))
    lines.append(b"Content-Length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body

req = request(b"POST", b"/api/items", {b"Host": b"example.org", b"Accept": b"*/*"}, b'{"n": 1}')
print(req)
print(len(req), req.count(b"\r\n"))
print(b"%-8s|%8s|" % (b"GET", b"200"))
print(b"status=%(code)d reason=%(reason)s" % {b"code": 404, b"reason": b"Not Found"})
