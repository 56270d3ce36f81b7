// property.getter/setter/deleter (the `@x.setter` decorator) and slice.indices.

enum PropertySliceMethods {
    static func install() {
        let property = BuiltinTypes.property
        func copy(_ name: String, _ change: @escaping (PyProperty, Value) -> PyProperty) {
            Meth.oneArg(property, name) { _, s, f in
                change(unsafeDowncast(s.asObject!, to: PyProperty.self), f).asValue
            }
        }
        copy("getter") { p, f in PyProperty(getter: f, setter: p.setter, deleter: p.deleter, doc: p.doc) }
        copy("setter") { p, f in PyProperty(getter: p.getter, setter: f, deleter: p.deleter, doc: p.doc) }
        copy("deleter") { p, f in PyProperty(getter: p.getter, setter: p.setter, deleter: f, doc: p.doc) }

        Meth.oneArg(BuiltinTypes.slice, "indices") { vm, s, length in
            let n = try vm.ssizeArg(length)
            if n < 0 { throw PyError.valueError("length should not be negative") }
            let (start, stop, step, _) = try vm.sliceIndices(unsafeDowncast(s.asObject!, to: PySlice.self), count: n)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
    }
}

private extension PyProperty {
    var asValue: Value { .object(self) }
}
