# corpus: no-trace (mock reprs show id() numbers)
import re
from unittest.mock import Mock, MagicMock, NonCallableMock, PropertyMock


class Account:
    rate = 0.02

    def deposit(self, amount):
        return amount

    @property
    def balance(self):
        return 100


def clean(text):
    return re.sub(r"id='\d+'", "id=N", repr(text))


acct = Mock(spec=Account)
print(isinstance(acct, Account), acct.__class__.__name__)
print(clean(acct), clean(acct.deposit), clean(acct.deposit(5)))
try:
    acct.withdraw(3)
except AttributeError as e:
    print("AttributeError:", e)

strict = Mock(spec_set=Account)
strict.rate = 0.5
try:
    strict.fee = 1
except AttributeError as e:
    print("AttributeError:", e)
print(clean(strict))

listed = Mock(spec=['open', 'close'])
listed.open()
try:
    listed.read
except AttributeError as e:
    print("AttributeError:", e)

named = Mock(name='db')
print(clean(named), clean(named.cursor), clean(named.cursor()), clean(named.cursor().execute))
print(clean(Mock()), clean(MagicMock().items()), clean(Mock()()))

frozen = NonCallableMock()
try:
    frozen()
except TypeError as e:
    print("TypeError:", e)

parent = Mock()
child = Mock()
parent.attach_mock(child, 'helper')
child(1)
print(parent.mock_calls)
parent.kid = Mock()
parent.kid('x')
print(parent.method_calls)

balance = PropertyMock(return_value=250)
type(acct).balance = balance
print(acct.balance)
acct.balance = 10
print(balance.mock_calls)

del named.cursor
try:
    named.cursor
except AttributeError as e:
    print("deleted:", e)
print(type(Mock()).__name__, type(MagicMock()).__mro__[1].__name__)
