// The name of a type in CPython's operator error messages ("unsupported operand
// type(s) for +: 'decimal.Decimal' and 'complex'") is the C type's tp_name,
// which for types CPython implements in C is "module.Name". This project
// writes some of those modules in Python, so their classes carry the plain
// name; messageName puts the module back for exactly those classes.

extension PyType {
    private static let cTypes: [String: Set<String>] = [
        "decimal": ["Decimal", "Context"],
        "datetime": ["date", "time", "datetime", "timedelta", "timezone", "tzinfo"],
        "collections": ["deque", "OrderedDict", "defaultdict"],
        "array": ["array"],
        "functools": ["partial"],
        "itertools": ["count", "cycle", "repeat", "accumulate", "batched", "chain", "compress", "dropwhile", "takewhile",
                      "filterfalse", "starmap", "islice", "pairwise", "groupby", "_grouper", "_tee", "_tee_dataobject",
                      "zip_longest", "product", "combinations", "combinations_with_replacement", "permutations"],
    ]

    /// tp_name as CPython's messages show it.
    var messageName: String {
        if !isBuiltin, let names = PyType.cTypes[moduleName], names.contains(name) {
            return moduleName + "." + name
        }
        return name
    }
}
