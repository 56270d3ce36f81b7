# corpus: no-trace (mock reprs show id() numbers)
from unittest.mock import Mock, call, ANY

m = Mock(name='api')
m.connect('db', timeout=3)
m.query('SELECT 1')
m.query('SELECT 2').fetch()
m.close()
print(m.method_calls)
print(m.mock_calls)
print(m.query.call_args_list)
print(m.query.call_count, m.connect.called, m.missing.called)
print(m.connect.call_args.args, m.connect.call_args.kwargs)
print(m.mock_calls == [call.connect('db', timeout=3), call.query('SELECT 1'),
                       call.query('SELECT 2'), call.query().fetch(), call.close()])
print(call.connect('db', timeout=ANY) in m.mock_calls)


def check(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "passed")
    except AssertionError as e:
        print(label, "failed:", e)


check("called_once", m.close.assert_called_once)
check("called_once query", m.query.assert_called_once)
check("called_with", m.query.assert_called_with, 'SELECT 2')
check("called_with wrong", m.query.assert_called_with, 'SELECT 3')
check("once_with", m.connect.assert_called_once_with, 'db', timeout=3)
check("once_with wrong", m.connect.assert_called_once_with, 'db')
check("any_call", m.query.assert_any_call, 'SELECT 1')
check("any_call missing", m.query.assert_any_call, 'DROP')
check("not_called", m.close.assert_not_called)
check("not_called fresh", m.fresh.assert_not_called)
check("called fresh", m.fresh.assert_called)
check("with fresh", m.fresh.assert_called_with, 1, x=2)
check("has_calls", m.assert_has_calls, [call.query('SELECT 1'), call.query('SELECT 2')])
check("has_calls order", m.assert_has_calls, [call.close(), call.connect('db', timeout=3)])
check("has_calls any", m.assert_has_calls, [call.close(), call.connect('db', timeout=3)], any_order=True)
check("has_calls any missing", m.assert_has_calls, [call.open()], any_order=True)
try:
    m.assert_called_onse()
except AttributeError as e:
    print("AttributeError:", e)
m.reset_mock()
print(m.mock_calls, m.query.call_count, m.connect.call_args)
print(call(1, b=2), call.a.b(3), call().x, call(1) == call(1), call(1) != call(2))
print(call(1, 2) == ((1, 2), {}), call.f(1) == ('f', (1,), {}))
m.query.assert_called_once_with('again')
