// slice.indices (property's methods are in DescriptorSubclasses.swift).

enum PropertySliceMethods {
    static func install() {
        Meth.oneArg(BuiltinTypes.slice, "indices") { vm, s, length in
            let n = try vm.ssizeArg(length)
            if n < 0 { throw PyError.valueError("length should not be negative") }
            let (start, stop, step, _) = try vm.sliceIndices(unsafeDowncast(s.asObject!, to: PySlice.self), count: n)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
    }
}
