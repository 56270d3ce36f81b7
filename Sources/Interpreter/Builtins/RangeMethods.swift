// Methods of range.

enum RangeMethods {
    @inline(__always) static func R(_ v: Value) -> PyRange { unsafeDowncast(v.asObject!, to: PyRange.self) }

    static func install() {
        let t = BuiltinTypes.range
        Meth.oneArg(t, "count") { vm, s, x in
            switch x {
            case .int, .bool: return .int(try vm.contains(s, x) ? 1 : 0)
            case .object(let o) where o.kind == .bigInt: return .int(try vm.contains(s, x) ? 1 : 0)
            default:
                var n = 0
                let it = try vm.getIterator(s)
                while let v = try vm.nextValue(it) {
                    if try vm.equals(v, x) { n += 1 }
                }
                return .int(n)
            }
        }
        Meth.oneArg(t, "index") { vm, s, x in
            let r = R(s)
            switch x {
            case .int, .bool:
                guard let i = vm.rangeIndex(r, try vm.indexBig(x)!) else { throw PyError.valueError("\(try vm.repr(x)) is not in range") }
                return .bigInt(i)
            default:
                if case .object(let o) = x, o.kind == .bigInt {
                    guard let i = vm.rangeIndex(r, unsafeDowncast(o, to: PyInt.self).value) else { throw PyError.valueError("\(try vm.repr(x)) is not in range") }
                    return .bigInt(i)
                }
                let it = try vm.getIterator(s)
                var i = 0
                while let v = try vm.nextValue(it) {
                    if try vm.equals(v, x) { return .int(i) }
                    i += 1
                }
                throw PyError.valueError("sequence.index(x): x not in sequence")
            }
        }
        Meth.slot(t, "__len__", 0) { vm, s, _ in .int(try vm.length(s)) }
        Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.getIterator(s) }
        Meth.noArgs(t, "__reversed__") { vm, s in try vm.reversedIterator(s) }
        Meth.slot(t, "__contains__", 1) { vm, s, a in .bool(try vm.contains(s, a[0])) }
        Meth.slot(t, "__getitem__", 1) { vm, s, a in try vm.getItem(s, a[0]) }
    }
}
