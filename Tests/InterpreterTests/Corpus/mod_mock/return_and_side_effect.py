# corpus: no-trace (mock reprs show id() numbers)
from unittest.mock import Mock, MagicMock, sentinel, DEFAULT

price = Mock(return_value=9.5)
print(price(), price('x'), price.call_count)

dice = Mock(side_effect=[3, 6, ValueError("no more dice")])
print(dice(), dice())
try:
    dice()
except ValueError as e:
    print("ValueError:", e)
try:
    dice()
except StopIteration:
    print("StopIteration when the list runs out")

broken = Mock(side_effect=ConnectionError)
try:
    broken()
except ConnectionError as e:
    print("raised", type(e).__name__)

double = Mock(side_effect=lambda n: n * 2)
print(double(21), double.call_args)

fallback = Mock(return_value='plain', side_effect=lambda n: DEFAULT if n < 0 else n)
print(fallback(5), fallback(-1))

cfg = Mock(**{'load.return_value': {'debug': True}, 'save.side_effect': OSError('disk full')})
print(cfg.load())
try:
    cfg.save()
except OSError as e:
    print("OSError:", e)
cfg.configure_mock(version=3, **{'load.return_value': {}})
print(cfg.version, cfg.load())

print(sentinel.token, sentinel.token is sentinel.token, DEFAULT)
result = Mock()
result.return_value = sentinel.answer
print(result() is sentinel.answer)

chain = Mock()
chain.a.b.c.return_value = 'deep'
print(chain.a.b.c(), chain.mock_calls)
print(chain.a.b.c is chain.a.b.c, chain() is chain())

chain.reset_mock(return_value=True)
print(chain.a.b.c.called)

reset = Mock(side_effect=KeyError('k'), return_value=1)
reset.reset_mock(side_effect=True)
print(reset())

mm = MagicMock()
print(len(mm), list(mm), 'x' in mm, bool(mm), int(mm), float(mm), mm == mm, mm != mm)
mm.__len__.return_value = 3
mm.__iter__.return_value = ['a', 'b']
mm.__getitem__.side_effect = lambda key: key.upper()
mm.__contains__.return_value = True
print(len(mm), list(mm), mm['k'], 'z' in mm)
mm.__str__.return_value = 'a MagicMock'
print(str(mm), mm.__str__.call_count)
with mm as inside:
    print(inside is mm.__enter__.return_value)
print(mm.__exit__.call_args)
mm.__enter__.return_value = 'resource'
with mm as inside:
    print(inside)
print(mm.__getitem__.call_args_list)
