"""typing.TypeAliasType, what a `type X = ...` statement makes (PEP 695):
its value is computed by a function named X the first time it is asked."""

_UNSET = object()


class TypeAliasType:
    __module__ = 'typing'

    def __init__(self, name, evaluate_value, type_params=()):
        self.__name__ = name
        self.__qualname__ = name
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = tuple(type_params)
        self._evaluate_value = evaluate_value
        self._value = _UNSET
        self.__module__ = '__main__'

    @property
    def __value__(self):
        if self._value is _UNSET:
            self._value = self._evaluate_value()
        return self._value

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        if not isinstance(params, tuple):
            params = (params,)
        return _AliasSubscript(self, params)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]


class _AliasSubscript:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        def r(a):
            if isinstance(a, type):
                return a.__name__ if a.__module__ == 'builtins' else f'{a.__module__}.{a.__qualname__}'
            return repr(a)
        return f"{self.__origin__.__name__}[{', '.join(r(a) for a in self.__args__)}]"

    def __eq__(self, other):
        return isinstance(other, _AliasSubscript) and (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))
