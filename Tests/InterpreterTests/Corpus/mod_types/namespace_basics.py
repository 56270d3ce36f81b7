# types.SimpleNamespace: an object made of keyword arguments
import types

cfg = types.SimpleNamespace(host="localhost", port=8080)
print(cfg)
print(cfg.host, cfg.port)
cfg.debug = True
del cfg.port
print(cfg, vars(cfg))
print(cfg == types.SimpleNamespace(host="localhost", debug=True))
print(types.SimpleNamespace(), types.SimpleNamespace({"a": 1}, b=2))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
