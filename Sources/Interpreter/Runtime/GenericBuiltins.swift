// Which built-in types `T[x]` makes a generic alias of (list[int]): those
// CPython gives a __class_getitem__ (or `type` itself, which
// PyObject_GetItem special-cases), and the classes that inherit one (a user
// `class L(list)`, os.stat_result from tuple). Every other built-in type
// refuses: int[str] is CPython's "type 'int' is not subscriptable".

extension VM {
    /// "module.name" of the native types with a __class_getitem__ in CPython 3.13.
    static let genericBuiltinNames: Set<String> = [
        "builtins.list", "builtins.dict", "builtins.tuple", "builtins.set", "builtins.frozenset",
        "builtins.enumerate", "builtins.BaseExceptionGroup", "builtins.mappingproxy",
        "builtins.generator", "builtins.coroutine", "builtins.async_generator",
        "collections.deque", "collections.defaultdict", "collections.OrderedDict",
        "_queue.SimpleQueue", "array.array", "itertools.chain", "functools.partial",
        "re.Pattern", "re.Match", "weakref.ReferenceType", "posix.DirEntry",
    ]

    /// `t[x]` is a GenericAlias: `type` itself, or a class whose MRO holds a
    /// generic built-in (a metaclass derived from type is not: CPython
    /// special-cases only `type`).
    static func isGenericBuiltin(_ t: PyType) -> Bool {
        if t === BuiltinTypes.type { return true }
        return t.mro.contains { $0.isBuiltin && genericBuiltinNames.contains("\($0.moduleName).\($0.name)") }
    }
}
