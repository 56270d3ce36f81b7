# Lesson: taking a URL apart and putting it back together.
from urllib.parse import urlparse, urlsplit, urlunparse, urljoin, parse_qs, parse_qsl

url = "https://student:secret@Example.COM:8443/courses/python;v=2?week=3&topic=scope&topic=closures#quiz"
parts = urlparse(url)
print(parts)
print("scheme:", parts.scheme, "| host:", parts.hostname, "| port:", parts.port)
print("user:", parts.username, "| password:", parts.password)
print("path:", parts.path, "| params:", parts.params)
print("query dict:", parse_qs(parts.query))
print("query list:", parse_qsl(parts.query))
print(parts.geturl() == url)

# namedtuple behaviour
scheme, netloc, *rest = urlsplit("http://localhost/index.html?x=1")
print(scheme, netloc, rest)
print(parts._replace(scheme="http", netloc="example.com").geturl())
print(urlunparse(("ftp", "files.example.org", "/pub/notes.txt", "", "", "")))

# resolving links found on a page
base = "https://example.com/docs/tutorial/index.html"
for link in ["intro.html", "../api/", "/about", "?page=2", "#top", "//cdn.example.com/lib.js",
             "https://python.org/"]:
    print(f"{link:26} -> {urljoin(base, link)}")

try:
    urlparse("http://example.com:99999/").port
except ValueError as e:
    print("ValueError:", e)
urlsplit("http://[::1/")
