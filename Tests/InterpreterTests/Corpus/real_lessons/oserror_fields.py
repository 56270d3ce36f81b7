# OSError(errno, strerror, filename): the fields, str(), and the subclass it becomes.
import errno

def describe(e):
    print(type(e).__name__, e.errno, e.strerror, e.filename, '|', e, '|', repr(e), e.args)

describe(OSError(2, 'No such file or directory'))
describe(OSError(errno.ENOENT, 'No such file or directory', 'data.csv'))
describe(OSError(errno.EACCES, 'Permission denied', 'a.txt', None, 'b.txt'))
describe(OSError('just a message'))
describe(OSError())
describe(OSError(1, 2, 3, 4, 5, 6))
describe(FileNotFoundError(2, 'missing', 'x.txt'))
describe(FileNotFoundError('missing'))

for code in [errno.EPERM, errno.ENOENT, errno.EINTR, errno.EEXIST, errno.ENOTDIR,
             errno.EISDIR, errno.EPIPE, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EINVAL]:
    print(code, type(OSError(code, 'm')).__name__)
print(IOError is OSError, EnvironmentError is OSError)

def load(name):
    raise OSError(errno.ENOENT, 'No such file or directory', name)

try:
    load('config.ini')
except FileNotFoundError as ex:
    print('caught:', ex, '| errno name:', errno.errorcode[ex.errno])

class StorageError(OSError):
    def __init__(self, path):
        super().__init__(errno.ENOSPC, 'No space left on device', path)
        self.path = path

try:
    raise StorageError('/tmp/big')
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex, ex.args, vars(ex))

e = OSError(2, 'x')
e.errno, e.strerror, e.filename = 5, 'changed', 'f'
print(e, e.args, vars(e))
