// Calling the built-in types: int(), str(), list(), dict(), range()...

enum TypeConstructors {
    static func install() {
        // types.ModuleType(name, doc=None): an empty module object.
        BuiltinTypes.module.constructor = { vm, _, args, kw in
            let a = try Meth.bind("module", args, kw, ["name", "doc"], positionalOnly: 0, required: 1)
            guard let name = vm.asPyStr(a[0]!) else {
                throw PyError.typeError("module.__init__() argument 'name' must be str, not \(vm.typeOf(a[0]!).name)")
            }
            let m = PyModule(name: name.value)
            m.madeByProgram = true
            m.dict["__name__"] = .str(name.value)
            m.dict["__doc__"] = a[1] ?? .none
            m.dict["__package__"] = .none
            m.dict["__loader__"] = .none
            m.dict["__spec__"] = .none
            return .object(m)
        }
        BuiltinTypes.object.constructor = { _, _, args, kw in
            if !args.isEmpty || !kw.isEmpty { throw PyError.typeError("object() takes no arguments") }
            return .object(PyInstance(cls: BuiltinTypes.object))
        }
        BuiltinTypes.type.constructor = { vm, _, args, kw in
            if args.count == 1 { return .object(vm.typeOf(args[0])) }
            guard args.count == 3 else { throw PyError.typeError("type() takes 1 or 3 arguments") }
            guard case .object(let bo) = args[1], let bases = bo as? PyTuple, case .object(let no) = args[2], let ns = no as? PyDict else {
                throw PyError.typeError("type.__new__() argument 2 must be tuple, not \(vm.typeOf(args[1]).name)")
            }
            let bt = bases.items.compactMap { $0.asObject as? PyType }
            return .object(try vm.makeClass(name: vm.strValue(args[0]), bases: bt, namespace: ns))
        }
        BuiltinTypes.int.constructor = { vm, _, args, kw in try makeInt(vm, args, kw) }
        BuiltinTypes.bool.constructor = { vm, _, args, kw in
            try Args.expect(args, kw, name: "bool", min: 0, max: 1)
            return .bool(try args.first.map { try vm.isTruthy($0) } ?? false)
        }
        BuiltinTypes.float.constructor = { vm, _, args, kw in
            try Args.expect(args, kw, name: "float", min: 0, max: 1)
            guard let v = args.first else { return .float(0) }
            switch v {
            case .float: return v
            case .int(let i): return .float(Double(i))
            case .bool(let b): return .float(b ? 1 : 0)
            case .object(let o):
                if o.kind == .boxedFloat, vm.userOverride(o.pyType, "__float__") == nil { return .float(unsafeDowncast(o, to: PyFloatOfClass.self).value) }
                if o.kind == .bigInt { return .float(try vm.libCall { try unsafeDowncast(o, to: PyInt.self).value.pyToDouble() }) }
                if o.kind == .str { return .float(try vm.libCall { try pyParseFloat(unsafeDowncast(o, to: PyStr.self).value) }) }
                if let b = o as? PyBytes {
                    // float(b"1.5"): the ASCII text; the error quotes the bytes' repr.
                    let fail = PyError.valueError("could not convert string to float: \(pyBytesRepr(b.bytes))")
                    guard b.bytes.allSatisfy({ $0 < 0x80 }) else { throw fail }
                    do { return .float(try pyParseFloat(String(decoding: b.bytes, as: UTF8.self))) } catch is PyLibError { throw fail }
                }
                let t = o.pyType
                if let f = t.lookup("__float__"), !t.isBuiltin { return try vm.call(try vm.bindIfFunction(f, to: v, type: t), []) }
                // As CPython: an object with only __index__ converts through it.
                if let f = t.lookup("__index__"), !t.isBuiltin {
                    let r = try vm.call(try vm.bindIfFunction(f, to: v, type: t), [])
                    if case .int(let i) = r { return .float(Double(i)) }
                    if case .object(let io) = r, io.kind == .bigInt { return .float(try vm.libCall { try unsafeDowncast(io, to: PyInt.self).value.pyToDouble() }) }
                    throw PyError.typeError("__index__ returned non-int (type \(vm.typeOf(r).name))")
                }
                throw PyError.typeError("float() argument must be a string or a real number, not '\(t.name)'")
            case .none:
                throw PyError.typeError("float() argument must be a string or a real number, not 'NoneType'")
            }
        }
        BuiltinTypes.str.constructor = { vm, _, args, kw in
            if kw.isEmpty && args.count <= 1 {
                guard let v = args.first else { return .object(StringCache.empty) }
                if case .object(let o) = v, o.kind == .str, !o.hasUserClass { return v }
                return .str(try vm.str(v))
            }
            return try StrConstructor.decoding(vm, args, kw)
        }
        // types.CellType(contents): a cell no frame made (shown as made by the caller).
        BuiltinTypes.cell.constructor = { vm, _, args, kw in
            if !kw.isEmpty { throw PyError.typeError("cell() takes no keyword arguments") }
            guard args.count <= 1 else { throw PyError.typeError("cell expected at most 1 argument, got \(args.count)") }
            if let f = vm.currentFrame { return .object(vm.makeCell(args.first, variable: "", frame: f)) }
            vm.cellSerial += 1
            return .object(Cell(contents: args.first, variable: "", creatorName: "<module>", creatorFrame: nil, serial: vm.cellSerial))
        }
        BuiltinTypes.list.constructor = { vm, _, args, kw in
            try Args.expect(args, kw, name: "list", min: 0, max: 1)
            return .object(PyList(try args.first.map { try vm.iterateSized($0) } ?? []))
        }
        BuiltinTypes.tuple.constructor = { vm, _, args, kw in
            try Args.expect(args, kw, name: "tuple", min: 0, max: 1)
            if let v = args.first, case .object(let o) = v, o.kind == .tuple, !o.hasUserClass { return v }
            return .object(PyTuple(try args.first.map { try vm.iterateSized($0) } ?? []))
        }
        BuiltinTypes.set.constructor = { vm, _, args, kw in
            try Args.expect(args, kw, name: "set", min: 0, max: 1)
            let s = PySet()
            for x in try args.first.map({ try vm.iterate($0) }) ?? [] { try s.add(x, vm: vm) }
            return .object(s)
        }
        BuiltinTypes.frozenset.constructor = { vm, _, args, kw in
            try Args.expect(args, kw, name: "frozenset", min: 0, max: 1)
            let s = PySet(frozen: true)
            for x in try args.first.map({ try vm.iterate($0) }) ?? [] { try s.add(x, vm: vm) }
            return .object(s)
        }
        BuiltinTypes.dict.constructor = { vm, _, args, kw in
            guard args.count <= 1 else { throw PyError.typeError("dict expected at most 1 argument, got \(args.count)") }
            let d = PyDict()
            if let src = args.first { try vm.dictUpdateFrom(d, src) }
            for (k, v) in kw { try d.set(.str(k), v, vm: vm) }
            return .object(d)
        }
        BuiltinTypes.range.constructor = { vm, _, args, kw in
            try Args.expect(args, kw, name: "range", min: 1, max: 3)
            var ints: [BigInt] = []
            for a in args {
                guard let i = try vm.indexBig(a) else { throw PyError.typeError("'\(vm.typeOf(a).name)' object cannot be interpreted as an integer") }
                ints.append(i)
            }
            switch ints.count {
            case 1: return .object(PyRange(bigStart: .zero, bigStop: ints[0], bigStep: .one))
            case 2: return .object(PyRange(bigStart: ints[0], bigStop: ints[1], bigStep: .one))
            default:
                if ints[2].isZero { throw PyError.valueError("range() arg 3 must not be zero") }
                return .object(PyRange(bigStart: ints[0], bigStop: ints[1], bigStep: ints[2]))
            }
        }
        BuiltinTypes.slice.constructor = { _, _, args, kw in
            try Args.expect(args, kw, name: "slice", min: 1, max: 3)
            switch args.count {
            case 1: return .object(PySlice(start: .none, stop: args[0], step: .none))
            case 2: return .object(PySlice(start: args[0], stop: args[1], step: .none))
            default: return .object(PySlice(start: args[0], stop: args[1], step: args[2]))
            }
        }
        BuiltinTypes.property.constructor = { _, _, args, kw in
            var a = args + Array(repeating: Value.none, count: max(0, 4 - args.count))
            for (k, v) in kw {
                switch k {
                case "fget": a[0] = v
                case "fset": a[1] = v
                case "fdel": a[2] = v
                case "doc": a[3] = v
                default: throw PyError.typeError("property() got an unexpected keyword argument '\(k)'")
                }
            }
            return .object(PyProperty(getter: a[0], setter: a[1], deleter: a[2], doc: a[3]))
        }
        BuiltinTypes.staticmethod.constructor = { _, _, args, kw in
            try Args.expect(args, kw, name: "staticmethod", min: 1, max: 1)
            return .object(PyMethodWrapper(function: args[0], isClassMethod: false))
        }
        BuiltinTypes.classmethod.constructor = { _, _, args, kw in
            try Args.expect(args, kw, name: "classmethod", min: 1, max: 1)
            return .object(PyMethodWrapper(function: args[0], isClassMethod: true))
        }
        BuiltinTypes.superType.constructor = { vm, _, args, kw in
            try Args.expect(args, kw, name: "super", min: 0, max: 2)
            return try vm.makeSuper(args)
        }
    }

    /// int(b"101", 2): bytes and bytearray parse as their ASCII text; the
    /// error quotes the bytes' repr (b'..', even for a bytearray, as CPython).
    static func intFromBytes(_ vm: VM, _ b: PyBytes, base: Int) throws -> Value {
        let fail = PyError.valueError("invalid literal for int() with base \(base): \(String(pyBytesRepr(b.bytes).unicodeScalars.prefix(200)))")
        guard b.bytes.allSatisfy({ $0 < 0x80 }) else { throw fail }
        return .bigInt(try vm.libCall {
            do { return try pyParseInt(String(decoding: b.bytes, as: UTF8.self), base: base) } catch let e as PyLibError where e.message.hasPrefix("invalid literal") { throw fail }
        })
    }

    static func makeInt(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.rejectUnknown(kw, allowed: ["base"], function: "int")
        guard args.count <= 2 else { throw PyError.typeError("int() takes at most 2 arguments (\(args.count) given)") }
        let baseV = args.count > 1 ? args[1] : Args.keyword(kw, "base")
        guard let v = args.first else { return .int(0) }
        if let bv = baseV {
            guard let base = try vm.indexValue(bv) else { throw PyError.typeError("'\(vm.typeOf(bv).name)' object cannot be interpreted as an integer") }
            if base != 0 && (base < 2 || base > 36), case .object(let o) = v, o is PyStr || o is PyBytes {
                throw PyError.valueError("int() base must be >= 2 and <= 36, or 0")
            }
            if case .object(let o) = v, let b = o as? PyBytes { return try intFromBytes(vm, b, base: base) }
            guard case .object(let o) = v, let s = o as? PyStr else { throw PyError.typeError("int() can't convert non-string with explicit base") }
            return .bigInt(try vm.libCall { try pyParseInt(s.value, base: base) })
        }
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
            return .bigInt(BigInt(truncating: d) ?? BigInt(0))
        case .object(let o):
            if o.hasUserClass, let f = try vm.userMethod(o, "__int__") { return try vm.call(f, []) }
            if o.kind == .bigInt { return vm.baseValue(v) }
            if o.kind == .boxedFloat { return try makeInt(vm, [vm.baseValue(v)], []) }
            if o.kind == .str { return .bigInt(try vm.libCall { try pyParseInt(unsafeDowncast(o, to: PyStr.self).value, base: 10) }) }
            if let b = o as? PyBytes { return try intFromBytes(vm, b, base: 10) }
            let t = o.pyType
            for name in ["__int__", "__index__", "__trunc__"] {
                if let f = t.lookup(name), !t.isBuiltin { return try vm.call(try vm.bindIfFunction(f, to: v, type: t), []) }
            }
            throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(t.name)'")
        case .none:
            throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
        }
    }
}

extension VM {
    /// dict(x) / d.update(x): a mapping or an iterable of pairs.
    func dictUpdateFrom(_ d: PyDict, _ src: Value) throws {
        if case .object(let o) = src {
            // dict_merge's fast path: any dict whose iteration is dict's own.
            if let other = o as? PyDict, !o.hasUserClass || userOverride(o.pyType, "__iter__") == nil {
                for (k, v) in other.pairs { try d.set(k, v, vm: self) }
                return
            }
            if o.kind == .instance || o.hasUserClass, o.pyType.lookup("keys") != nil {
                for k in try iterate(try call(try getAttribute(src, "keys"), [])) { try d.set(k, try getItem(src, k), vm: self) }
                return
            }
        }
        for (i, item) in try iterate(src).enumerated() {
            guard let pair = try? iterate(item) else {
                throw PyError.typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            guard pair.count == 2 else {
                throw PyError.valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], vm: self)
        }
    }
}
