# corpus: no-trace (mock reprs show id() numbers)
from unittest.mock import mock_open, patch, call


def count_lines(path):
    with open(path) as f:
        return sum(1 for _ in f)


def first_word(path):
    with open(path) as f:
        return f.readline().split()[0]


def save(path, rows):
    with open(path, 'w') as f:
        for r in rows:
            f.write(r + '\n')


fake = mock_open(read_data="alpha beta\ngamma\ndelta\n")
with patch('builtins.open', fake):
    print(count_lines('data.txt'))
    print(first_word('data.txt'))
    with open('data.txt') as f:
        print(repr(f.read()))
    with open('data.txt') as f:
        print(f.readlines())
    with open('data.txt') as f:
        print(repr(f.read(5)), repr(f.readline()), repr(f.readline()))
fake.assert_called_with('data.txt')
print(fake.call_count)

writer = mock_open()
with patch('builtins.open', writer):
    save('out.txt', ['a', 'b'])
writer.assert_called_once_with('out.txt', 'w')
handle = writer()
print(handle.write.call_args_list)
handle.write.assert_has_calls([call('a\n'), call('b\n')])

binary = mock_open(read_data=b'\x00\x01rest')
with patch('builtins.open', binary):
    with open('blob.bin', 'rb') as f:
        print(f.read())
