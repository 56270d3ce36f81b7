# corpus: no-trace (mock reprs show id() numbers)
# patch as decorator, context manager and start/stop; targets in __main__ and a module.
import json
from unittest.mock import patch, MagicMock


def fetch_score(player):
    raise RuntimeError("no network in class")


def report(player):
    score = fetch_score(player)
    return f"{player}: {score}"


with patch('__main__.fetch_score', return_value=42) as fake:
    print(report('ana'))
fake.assert_called_once_with('ana')
try:
    report('ana')
except RuntimeError as e:
    print("restored:", e)


@patch('__main__.fetch_score')
def test_report(mock_fetch):
    mock_fetch.return_value = 7
    print(report('bo'), mock_fetch.call_args)


test_report()


@patch('json.dumps', return_value='{}')
@patch('json.loads')
def test_two(mock_loads, mock_dumps):
    mock_loads.return_value = {'k': 1}
    print(json.loads('ignored'), json.dumps([1]))
    print(mock_loads.call_args, mock_dumps.call_args)


test_two()
print(json.dumps([1]))


@patch('__main__.fetch_score', new=lambda p: 99)
def test_new():
    print(report('cy'))


test_new()

patcher = patch('__main__.fetch_score', side_effect=[1, 2])
started = patcher.start()
print(report('di'), report('di'))
patcher.stop()
print(started.call_count)

config = {'mode': 'real', 'level': 1}
with patch.dict(config, {'mode': 'test'}, extra=True):
    print(sorted(config.items()))
print(sorted(config.items()))


@patch.dict(config, clear=True)
def empty():
    print(config)


empty()
print(config)


class Greeter:
    def hello(self):
        return "hello"


with patch.object(Greeter, 'hello', return_value='hi') as hello:
    print(Greeter().hello(), hello.call_count)
print(Greeter().hello())

with patch.multiple('__main__', fetch_score=MagicMock(return_value=5), report=MagicMock(return_value='r')):
    print(fetch_score('x'), report('y'))

try:
    patch('fetch_score')
except TypeError as e:
    print("TypeError:", e)
try:
    with patch('json.nothing_here'):
        pass
except AttributeError as e:
    print("AttributeError:", str(e).split(' from ')[0].split(' (')[0], str(e).split()[-4:])
with patch('json.nothing_here', create=True, new='made'):
    print(json.nothing_here)
print(hasattr(json, 'nothing_here'))
try:
    patch.object('json', 'dumps')
except TypeError as e:
    print("TypeError:", e)
