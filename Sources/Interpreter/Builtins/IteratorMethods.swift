// __iter__ / __next__ of the built-in iterator types (so `it.__next__()`
// works as in CPython), and the methods of dict views.

enum IteratorMethods {
    static let iteratorNames = [
        "list_iterator", "tuple_iterator", "range_iterator", "str_ascii_iterator", "str_iterator", "dict_keyiterator",
        "dict_valueiterator", "dict_itemiterator", "set_iterator", "list_reverseiterator", "enumerate",
        "zip", "map", "filter", "reversed", "iterator",
    ]

    static func install() {
        for name in iteratorNames {
            let t = BuiltinTypes.iteratorType(named: name)
            Meth.slot(t, "__iter__", 0) { _, s, _ in s }
            Meth.slot(t, "__next__", 0) { vm, s, _ in
                guard let v = try vm.nextValue(s) else { throw PyError.stopIteration() }
                return v
            }
        }
        for name in ["dict_keys", "dict_values", "dict_items"] {
            let t = BuiltinTypes.iteratorType(named: name)
            Meth.slot(t, "__len__", 0) { vm, s, _ in .int(try vm.length(s)) }
            Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.getIterator(s) }
            Meth.noArgs(t, "__reversed__") { vm, s in try vm.reversedIterator(s) }
            Meth.slot(t, "__contains__", 1) { vm, s, a in .bool(try vm.contains(s, a[0])) }
            if name != "dict_values" {
                let ops: [(String, BinaryOperator)] = [("sub", .sub), ("and", .bitAnd), ("or", .bitOr), ("xor", .bitXor)]
                for (n, op) in ops {
                    Meth.slot(t, "__\(n)__", 1) { vm, s, a in try vm.dictViewBinary(s, a[0], op) ?? .object(BuiltinTypes.notImplemented) }
                    Meth.slot(t, "__r\(n)__", 1) { vm, s, a in try vm.dictViewBinary(a[0], s, op) ?? .object(BuiltinTypes.notImplemented) }
                }
            }
            Meth.oneArg(t, "isdisjoint") { vm, s, other in
                for x in try vm.iterate(other) where try vm.contains(s, x) { return .bool(false) }
                return .bool(true)
            }
        }
    }
}
