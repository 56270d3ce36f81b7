# Lesson: building query strings for a web API.
from urllib.parse import quote, quote_plus, unquote, unquote_plus, urlencode

search = "scope & closures in Python/3.13?"
print(quote(search))
print(quote(search, safe=""))
print(quote_plus(search))
print(unquote("caf%C3%A9%20cr%C3%A8me"), unquote_plus("a+b%2Bc"))
print(quote("naïve €"), unquote("%zz%41"))

params = {"q": "python closures", "page": 2, "lang": "en", "tags": ["scope", "LEGB"]}
print(urlencode(params))
print(urlencode(params, doseq=True))
print(urlencode([("name", "Ada Lovelace"), ("name", "Alan Turing")]))
print("https://api.example.com/search?" + urlencode({"q": "a/b c"}, quote_via=quote))

for value in [b"raw bytes", 3.5, None]:
    print(urlencode({"v": value}))
urlencode("q=python")
