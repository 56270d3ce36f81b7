"""sys's named tuples (version_info, float_info, int_info, hash_info), made
on first use: tuples whose items also have names, printed as CPython's
struct sequences are (`sys.version_info(major=3, minor=13, ...)`)."""


def _struct_sequence(name, fields, values):
    def _repr(self):
        inner = ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self))
        return 'sys.%s(%s)' % (name, inner)

    def _new(cls, *args, **kwargs):
        raise TypeError("cannot create 'sys.%s' instances" % name)

    namespace = {'__slots__': (), '__repr__': _repr, '_fields': tuple(fields),
                 'n_fields': len(fields), 'n_sequence_fields': len(fields),
                 'n_unnamed_fields': 0, '__module__': 'sys'}
    for i, f in enumerate(fields):
        namespace[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    cls = type(name, (tuple,), namespace)
    value = tuple.__new__(cls, values)
    cls.__new__ = _new
    return value


version_info = _struct_sequence(
    'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'],
    (3, 13, 0, 'final', 0))

float_info = _struct_sequence(
    'float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
                   'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
     15, 53, 2.220446049250313e-16, 2, 1))

int_info = _struct_sequence(
    'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                 'str_digits_check_threshold'],
    (30, 4, 4300, 640))

hash_info = _struct_sequence(
    'hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm',
                  'hash_bits', 'seed_bits', 'cutoff'],
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
