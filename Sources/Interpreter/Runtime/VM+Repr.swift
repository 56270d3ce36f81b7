// repr(), str(), ascii(), hashing and truth values.

import Foundation

extension VM {
    public static func hexAddress(_ id: Int) -> String { "0x" + String(UInt(bitPattern: id), radix: 16) }

    public func repr(_ v: Value) throws -> String {
        switch v {
        case .int(let i): return String(i)
        case .float(let d): return pyFloatRepr(d)
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .object(let o):
            // Once per element of a container's repr: a huge one can be paused.
            try pollNative()
            return try reprObject(o, v)
        }
    }

    func reprObject(_ o: PyObject, _ v: Value) throws -> String {
        if o.hasUserClass { return try subclassRepr(o, v) }
        return try nativeRepr(o, v)
    }

    /// repr() as the built-in type's own slot computes it.
    func nativeRepr(_ o: PyObject, _ v: Value) throws -> String {
        switch o.kind {
        case .boxedFloat: return pyFloatRepr(unsafeDowncast(o, to: PyFloatOfClass.self).value)
        case .str: return pyStringRepr(unsafeDowncast(o, to: PyStr.self).value)
        case .bigInt: return try libCall { try unsafeDowncast(o, to: PyInt.self).value.decimalString() }
        case .complex: return unsafeDowncast(o, to: PyComplex.self).value.repr
        case .list:
            return try withReprGuard(o, "[...]") {
                "[" + (try unsafeDowncast(o, to: PyList.self).items.map { try repr($0) }.joined(separator: ", ")) + "]"
            }
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            if items.count == 1 { return try withReprGuard(o, "(...)") { "(" + (try repr(items[0])) + ",)" } }
            return try withReprGuard(o, "(...)") { "(" + (try items.map { try repr($0) }.joined(separator: ", ")) + ")" }
        case .dict:
            return try withReprGuard(o, "{...}") {
                "{" + (try unsafeDowncast(o, to: PyDict.self).pairs.map { "\(try repr($0.key)): \(try repr($0.value))" }.joined(separator: ", ")) + "}"
            }
        case .set, .frozenset:
            let s = unsafeDowncast(o, to: PySet.self)
            let name = s.isFrozen ? "frozenset" : "set"
            if s.count == 0 { return "\(name)()" }
            let body = try withReprGuard(o, "...") { "{" + (try s.elements.map { try repr($0) }.joined(separator: ", ")) + "}" }
            return s.isFrozen ? "frozenset(\(body))" : body
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            if let (a, b, c) = r.big {
                return c == BigInt.one ? "range(\(a.toString()), \(b.toString()))" : "range(\(a.toString()), \(b.toString()), \(c.toString()))"
            }
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case .bytes:
            let b = unsafeDowncast(o, to: PyBytes.self)
            return b.isMutable ? "bytearray(\(pyBytesRepr(b.bytes)))" : pyBytesRepr(b.bytes)
        case .function:
            let fn = unsafeDowncast(o, to: PyFunction.self)
            if fn.showsAsBuiltin { return "<built-in function \(fn.name)>" }
            return "<function \(unsafeDowncast(o, to: PyFunction.self).qualname) at \(VM.hexAddress(o.address))>"
        case .builtinFunction:
            let b = unsafeDowncast(o, to: PyBuiltinFunction.self)
            if let q = b.pythonQualname {
                if let s = b.boundSelf { return "<bound method \(q) of \(try repr(s))>" }
                return "<function \(q) at \(VM.hexAddress(o.address))>"
            }
            if let s = b.boundSelf {
                if case .object(let so) = s, so.kind == .module { return "<built-in function \(b.name)>" }
                if case .object(let so) = s, so.kind == .type { return "<built-in method \(b.name) of type object at \(VM.hexAddress(so.address))>" }
                if let owner = b.ownerName, VM.slotWrappers.contains(owner + "." + b.name) {
                    return "<method-wrapper '\(b.name)' of \(typeOf(s).name) object at \(VM.hexAddress(s.identity))>"
                }
                return "<built-in method \(b.name) of \(typeOf(s).messageName) object at \(VM.hexAddress(s.identity))>"
            }
            if let owner = b.ownerName {
                if VM.slotWrappers.contains(owner + "." + b.name) { return "<slot wrapper '\(b.name)' of '\(owner)' objects>" }
                return "<method '\(b.name)' of '\(owner)' objects>"
            }
            return "<built-in function \(b.name)>"
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            let fname: String
            if case .object(let fo) = m.function, let f = fo as? PyFunction { fname = f.qualname } else {
                // method_repr: the callable's __qualname__, else its __name__, else "?".
                func text(_ n: String) -> String? {
                    guard let v = try? getAttributeOrNil(m.function, n), case .object(let so) = v, so.kind == .str else { return nil }
                    return unsafeDowncast(so, to: PyStr.self).value
                }
                fname = text("__qualname__") ?? text("__name__") ?? "?"
            }
            return "<bound method \(fname) of \(try repr(m.selfValue))>"
        case .cell:
            let c = unsafeDowncast(o, to: Cell.self)
            guard let contents = c.contents else { return "<cell at \(VM.hexAddress(o.address)): empty>" }
            return "<cell at \(VM.hexAddress(o.address)): \(typeOf(contents).name) object at \(VM.hexAddress(contents.identity))>"
        case .code:
            let c = unsafeDowncast(o, to: PyCode.self).code
            return "<code object \(c.name) at \(VM.hexAddress(o.address)), file \"\(c.filename)\", line \(c.firstLineNumber)>"
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            if let r = try userMetaRepr(t) { return r }
            // type_repr leaves out the module when it is builtins, whoever made the class.
            return t.isBuiltin ? "<class '\(t.name)'>" : t.moduleName == "builtins" ? "<class '\(t.qualname)'>" : "<class '\(t.moduleName).\(t.qualname)'>"
        case .other where o is PyFrameObject:
            return frameRepr(o as! PyFrameObject)
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            // As CPython 3.13 on the reference machine shows them.
            switch m.name {
            case "math", "cmath": return "<module '\(m.name)' from '/root/.pyenv/versions/3.13.0/lib/python3.13/lib-dynload/\(m.name).cpython-313-x86_64-linux-gnu.so'>"
            case "random", "dis": return "<module '\(m.name)' from '/root/.pyenv/versions/3.13.0/lib/python3.13/\(m.name).py'>"
            default:
                guard let file = m.file else { return m.madeByProgram ? "<module '\(m.name)'>" : "<module '\(m.name)' (built-in)>" }
                if file.hasPrefix("<frozen ") {
                    let path = m.name.replacingOccurrences(of: ".", with: "/") + (m.attribute("__path__") != nil ? "/__init__.py" : ".py")
                    return "<module '\(m.name)' from '/root/.pyenv/versions/3.13.0/lib/python3.13/\(path)'>"
                }
                return "<module '\(m.name)' from '\(file)'>"
            }
        case .instance, .exception:
            let t = o.pyType
            if let f = t.lookup("__repr__"), !(isObjectDefault(f)) {
                let r = try call(try bindIfFunction(f, to: v, type: t), [])
                guard case .object(let ro) = r, ro.kind == .str else {
                    throw PyError.typeError("__repr__ returned non-string (type \(typeOf(r).name))")
                }
                return unsafeDowncast(ro, to: PyStr.self).value
            }
            if o.kind == .exception {
                let e = unsafeDowncast(o, to: PyExceptionObject.self)
                let args = e.args.count == 1 ? try repr(e.args[0]) : try e.args.map { try repr($0) }.joined(separator: ", ")
                return "\(t.name)(\(args))"
            }
            return t.moduleName == "builtins" ? "<\(t.qualname) object at \(VM.hexAddress(o.address))>" : "<\(t.moduleName).\(t.qualname) object at \(VM.hexAddress(o.address))>"
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            return "<generator object \(g.qualname) at \(VM.hexAddress(o.address))>"
        case .notImplemented: return "NotImplemented"
        case .ellipsis: return "Ellipsis"
        case .property: return "<property object at \(VM.hexAddress(o.address))>"
        case .staticMethod, .classMethod:
            // Wrappers nest (staticmethod(staticmethod(f))...): bounded as CPython's repr.
            let inner = try nativeRecursion(" while getting the repr of an object") { try repr((o as! PyMethodWrapper).function) }
            return o.kind == .staticMethod ? "<staticmethod(\(inner))>" : "<classmethod(\(inner))>"
        case .superProxy:
            let s = unsafeDowncast(o, to: PySuper.self)
            return "<super: <class '\(s.thisType.name)'>, <\(s.objectType.name) object>>"
        case .iterator:
            if let r = unsafeDowncast(o, to: PyIterator.self).reprFn { return try r(self, o.pyType.name) }
            return "<\(unsafeDowncast(o, to: PyIterator.self).typeName) object at \(VM.hexAddress(o.address))>"
        case .other:
            if let view = o as? PyDictView { return try view.repr(self) }
            if let s = o as? PySingleton { return s.name }
            if let m = o as? PyMemberDescriptor { return "<member '\(m.name)' of '\(m.ownerName)' objects>" }
            if let g = o as? PyGetSetDescriptor { return "<attribute '\(g.name)' of '\(g.ownerName)' objects>" }
            if let g = o as? PyGenerator { return "<\(o.pyType.name) object \(g.qualname) at \(VM.hexAddress(o.address))>" }
            if o is PyAsyncGenAwaitable { return "<async_generator_asend object at \(VM.hexAddress(o.address))>" }
            return "<\(o.pyType.name) object at \(VM.hexAddress(o.address))>"
        }
    }

    /// repr(cls) through its metaclass's __repr__.
    func userMetaRepr(_ t: PyType) throws -> String? {
        guard t.metaclass != nil, let f = try metaMethod(.object(t), "__repr__") else { return nil }
        let r = try call(f, [])
        guard case .object(let ro) = r, ro.kind == .str else { throw PyError.typeError("__repr__ returned non-string (type \(typeOf(r).name))") }
        return unsafeDowncast(ro, to: PyStr.self).value
    }

    func isObjectDefault(_ f: Value) -> Bool {
        if case .object(let o) = f, let b = o as? PyBuiltinFunction, b.ownerName == "object" || b.ownerName == "BaseException" { return true }
        return false
    }

    /// Guards against infinite recursion in reprs of self-containing containers,
    /// and bounds the native recursion of nested ones (RecursionError as CPython).
    func withReprGuard(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        return try nativeRecursion(" while getting the repr of an object") {
            reprInProgress.insert(id)
            defer { reprInProgress.remove(id) }
            return try body()
        }
    }

    /// Runs native code that recurses into nested objects (comparison, repr,
    /// hash) with CPython's C recursion limit: RecursionError, not a stack overflow.
    @inline(__always)
    func nativeRecursion<T>(_ what: String, limit: Int = NativeRecursion.limit, _ body: () throws -> T) throws -> T {
        if NativeRecursion.depth >= limit {
            throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded\(what)")
        }
        NativeRecursion.depth += 1
        defer { NativeRecursion.depth -= 1 }
        return try body()
    }

    public func str(_ v: Value) throws -> String {
        switch v {
        case .object(let o):
            if o.hasUserClass { return try subclassStr(o, v) }
            switch o.kind {
            case .str: return unsafeDowncast(o, to: PyStr.self).value
            case .instance, .exception:
                let t = o.pyType
                if let f = t.lookup("__str__"), !isObjectDefault(f) {
                    let r = try call(try bindIfFunction(f, to: v, type: t), [])
                    guard case .object(let ro) = r, ro.kind == .str else {
                        throw PyError.typeError("__str__ returned non-string (type \(typeOf(r).name))")
                    }
                    return unsafeDowncast(ro, to: PyStr.self).value
                }
                if o.kind == .exception {
                    let e = unsafeDowncast(o, to: PyExceptionObject.self)
                    if e.cls.isSubtype(of: BuiltinTypes.KeyError) && e.args.count == 1 { return try repr(e.args[0]) }
                    if e.cls.isSubtype(of: BuiltinTypes.OSError), let s = try osErrorStr(e) { return s }
                    if let g = e.group {
                        let n = g.exceptions.items.count
                        return "\(try str(g.message)) (\(n) sub-exception\(n == 1 ? "" : "s"))"
                    }
                    if e.cls.isSubtype(of: BuiltinTypes.SyntaxError), case .object(let mo)? = e.dict["msg"], let msg = (mo as? PyStr)?.value {
                        // CPython's SyntaxError_str: "msg (file, line N)", the file's base name.
                        var file: String?
                        if case .object(let fo)? = e.dict["filename"], let f = (fo as? PyStr)?.value { file = f.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) }
                        var line: Int?
                        if case .int(let n)? = e.dict["lineno"] { line = n }
                        switch (file, line) {
                        case (let f?, let n?): return "\(msg) (\(f), line \(n))"
                        case (let f?, nil): return "\(msg) (\(f))"
                        case (nil, let n?): return "\(msg) (line \(n))"
                        default: return msg
                        }
                    }
                    if e.cls.isSubtype(of: BuiltinTypes.UnicodeDecodeError), e.args.count == 5,
                       case .int(let start) = e.args[2], case .int(let end) = e.args[3],
                       case .object(let bo) = e.args[1], let bytes = bo as? PyBytes, start >= 0, start < bytes.bytes.count {
                        let hex = String(bytes.bytes[start], radix: 16)
                        let pos = end - start == 1 ? "byte 0x\(hex.count < 2 ? "0" + hex : hex) in position \(start)" : "bytes in position \(start)-\(end - 1)"
                        return "'\(try str(e.args[0]))' codec can't decode \(pos): \(try str(e.args[4]))"
                    }
                    switch e.args.count {
                    case 0: return ""
                    case 1: return try str(e.args[0])
                    default: return try repr(.object(PyTuple(e.args)))
                    }
                }
                return try repr(v)
            default: return try repr(v)
            }
        default: return try repr(v)
        }
    }

    func ascii(_ v: Value) throws -> String { pyAsciiEscape(try repr(v)) }

    /// The Swift string of a str value (callers have checked the type or accept "").
    func strValue(_ v: Value) -> String {
        if case .object(let o) = v, o.kind == .str { return unsafeDowncast(o, to: PyStr.self).value }
        return ""
    }

    // MARK: Truth

    @inline(__always)
    public func isTruthy(_ v: Value) throws -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .none: return false
        case .object(let o):
            if o.hasUserClass { return try subclassTruth(o, v) }
            switch o.kind {
            case .str: return unsafeDowncast(o, to: PyStr.self).length > 0
            case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
            case .tuple: return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty
            case .dict: return unsafeDowncast(o, to: PyDict.self).count > 0
            case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count > 0
            case .range: return unsafeDowncast(o, to: PyRange.self).count > 0
            case .bytes: return !unsafeDowncast(o, to: PyBytes.self).bytes.isEmpty
            case .bigInt: return !unsafeDowncast(o, to: PyInt.self).value.isZero
            case .complex:
                let z = unsafeDowncast(o, to: PyComplex.self).value
                return z.re != 0 || z.im != 0
            case .instance, .exception:
                let t = o.pyType
                if let f = t.lookup("__bool__") {
                    let r = try call(try bindIfFunction(f, to: v, type: t), [])
                    guard case .bool(let b) = r else { throw PyError.typeError("__bool__ should return bool, returned \(typeOf(r).name)") }
                    return b
                }
                if let f = t.lookup("__len__") {
                    return try lengthResult(try call(try bindIfFunction(f, to: v, type: t), [])) > 0
                }
                return true
            case .other:
                if let view = o as? PyDictView { return view.dict.count > 0 }
                return true
            default: return true
            }
        }
    }

    // MARK: Hashing

    public func hash(_ v: Value) throws -> Int {
        if case .object(let o) = v, o.hasUserClass, let h = try subclassHash(o, v) { return h }
        return try nativeHash(v)
    }

    func nativeHash(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return pyIntHash(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return VM.hashDouble(d)
        case .none: return 0xFCA86420
        case .object(let o):
            switch o.kind {
            case .str: return unsafeDowncast(o, to: PyStr.self).hashValueCached
            case .bigInt: return unsafeDowncast(o, to: PyInt.self).value.pyHash
            case .complex: return complexHash(o)
            case .tuple:
                // CPython's tuplehash (xxHash-based).
                var acc: UInt64 = 2870177450012600261
                let items = unsafeDowncast(o, to: PyTuple.self).items
                for x in items {
                    let h: Int
                    if case .object(let xo) = x, xo.kind == .tuple || xo.kind == .frozenset {
                        h = try nativeRecursion(" while calling a Python object", limit: NativeRecursion.hashLimit) { try hash(x) }
                    } else {
                        h = try hash(x)
                    }
                    let lane = UInt64(bitPattern: Int64(h))
                    acc = acc &+ lane &* 14029467366897019727
                    acc = (acc << 31) | (acc >> 33)
                    acc = acc &* 11400714785074694791
                }
                acc = acc &+ (UInt64(items.count) ^ (2870177450012600261 ^ 3527539))
                if acc == UInt64.max { return 1546275796 }
                return Int(bitPattern: UInt(acc))
            case .frozenset:
                return unsafeDowncast(o, to: PySet.self).frozensetHash()
            case .list, .dict, .set:
                throw PyError.typeError("unhashable type: '\(o.pyType.name)'")
            case .boxedFloat: return VM.hashDouble(unsafeDowncast(o, to: PyFloatOfClass.self).value)
            case .bytes:
                let b = unsafeDowncast(o, to: PyBytes.self)
                if b.isMutable { throw PyError.typeError("unhashable type: 'bytearray'") }
                // The same function as str's, so hash(b'ab') == hash('ab') as in CPython.
                var x: UInt64 = 0xcbf2_9ce4_8422_2325
                for c in b.bytes { x = (x ^ UInt64(c)) &* 0x0000_0100_0000_01b3 }
                x ^= x >> 33
                x = x &* 0xff51_afd7_ed55_8ccd
                x ^= x >> 33
                let h = Int(bitPattern: UInt(x))
                return h == -1 ? -2 : h
            case .instance, .exception:
                let t = o.pyType
                if let f = t.lookup("__hash__") {
                    if f.isNone { throw PyError.typeError("unhashable type: '\(t.name)'") }
                    if !isObjectDefault(f) {
                        let r = try call(try bindIfFunction(f, to: v, type: t), [])
                        guard let n = asNum(r) else { throw PyError.typeError("__hash__ method should return an integer") }
                        switch n {
                        case .int(let i): return i == -1 ? -2 : i
                        case .big(let b): return b.pyHash
                        case .float: throw PyError.typeError("__hash__ method should return an integer")
                        }
                    }
                }
                return o.address >> 4
            default:
                return o.address >> 4
            }
        }
    }

    /// CPython's _Py_HashDouble.
    static func hashDouble(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(.towardZero), abs(d) < 9.2e18 { return pyIntHash(Int(d)) }
        let modulus: UInt64 = (1 << 61) - 1
        // Swift's frexp returns the magnitude's mantissa: the sign is taken from d.
        var m = frexp(d).0
        var e = frexp(d).1
        let sign = d < 0 ? -1 : 1
        if m < 0 { m = -m }
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(ee)) & modulus) | (x >> UInt64(61 - ee))
        var r = Int(x) * sign
        if r == -1 { r = -2 }
        return r
    }
}

extension VM {
    /// The dunder methods CPython implements as type slots: their reprs say
    /// "slot wrapper" (unbound) and "method-wrapper" (bound).
    static let slotWrappers: Set<String> = [
        "object.__repr__", "object.__hash__", "object.__str__", "object.__getattribute__", "object.__setattr__",
        "function.__call__", "function.__get__", "method.__call__", "builtin_function_or_method.__call__",
        "object.__delattr__", "object.__lt__", "object.__le__", "object.__eq__", "object.__ne__",
        "object.__gt__", "object.__ge__", "object.__init__", "int.__repr__", "int.__hash__",
        "int.__getattribute__", "int.__lt__", "int.__le__", "int.__eq__", "int.__ne__", "int.__gt__",
        "int.__ge__", "int.__add__", "int.__radd__", "int.__sub__", "int.__rsub__", "int.__mul__",
        "int.__rmul__", "int.__mod__", "int.__rmod__", "int.__divmod__", "int.__rdivmod__", "int.__pow__",
        "int.__rpow__", "int.__neg__", "int.__pos__", "int.__abs__", "int.__bool__", "int.__invert__",
        "int.__lshift__", "int.__rlshift__", "int.__rshift__", "int.__rrshift__", "int.__and__", "int.__rand__",
        "int.__xor__", "int.__rxor__", "int.__or__", "int.__ror__", "int.__int__", "int.__float__",
        "int.__floordiv__", "int.__rfloordiv__", "int.__truediv__", "int.__rtruediv__", "int.__index__",
        "float.__repr__", "float.__hash__", "float.__lt__", "float.__le__", "float.__eq__", "float.__ne__",
        "float.__gt__", "float.__ge__", "float.__add__", "float.__radd__", "float.__sub__", "float.__rsub__",
        "float.__mul__", "float.__rmul__", "float.__mod__", "float.__rmod__", "float.__divmod__",
        "float.__rdivmod__", "float.__pow__", "float.__rpow__", "float.__neg__", "float.__pos__",
        "float.__abs__", "float.__bool__", "float.__int__", "float.__float__", "float.__floordiv__",
        "float.__rfloordiv__", "float.__truediv__", "float.__rtruediv__", "str.__repr__", "str.__hash__",
        "str.__str__", "str.__lt__", "str.__le__", "str.__eq__", "str.__ne__", "str.__gt__", "str.__ge__",
        "str.__iter__", "str.__mod__", "str.__rmod__", "str.__len__", "str.__getitem__", "str.__add__",
        "str.__mul__", "str.__rmul__", "str.__contains__", "list.__repr__", "list.__getattribute__",
        "list.__lt__", "list.__le__", "list.__eq__", "list.__ne__", "list.__gt__", "list.__ge__",
        "list.__iter__", "list.__init__", "list.__len__", "list.__setitem__", "list.__delitem__",
        "list.__add__", "list.__mul__", "list.__rmul__", "list.__contains__", "list.__iadd__", "list.__imul__",
        "tuple.__repr__", "tuple.__hash__", "tuple.__getattribute__", "tuple.__lt__", "tuple.__le__",
        "tuple.__eq__", "tuple.__ne__", "tuple.__gt__", "tuple.__ge__", "tuple.__iter__", "tuple.__len__",
        "tuple.__getitem__", "tuple.__add__", "tuple.__mul__", "tuple.__rmul__", "tuple.__contains__",
        "dict.__repr__", "dict.__getattribute__", "dict.__lt__", "dict.__le__", "dict.__eq__", "dict.__ne__",
        "dict.__gt__", "dict.__ge__", "dict.__iter__", "dict.__init__", "dict.__or__", "dict.__ror__",
        "dict.__ior__", "dict.__len__", "dict.__setitem__", "dict.__delitem__", "set.__repr__",
        "set.__getattribute__", "set.__lt__", "set.__le__", "set.__eq__", "set.__ne__", "set.__gt__",
        "set.__ge__", "set.__iter__", "set.__init__", "set.__sub__", "set.__rsub__", "set.__and__",
        "set.__rand__", "set.__xor__", "set.__rxor__", "set.__or__", "set.__ror__", "set.__isub__",
        "set.__iand__", "set.__ixor__", "set.__ior__", "set.__len__", "frozenset.__repr__",
        "frozenset.__hash__", "frozenset.__lt__", "frozenset.__le__", "frozenset.__eq__", "frozenset.__ne__",
        "frozenset.__gt__", "frozenset.__ge__", "frozenset.__iter__", "frozenset.__sub__", "frozenset.__rsub__",
        "frozenset.__and__", "frozenset.__rand__", "frozenset.__xor__", "frozenset.__rxor__",
        "frozenset.__or__", "frozenset.__ror__", "frozenset.__len__", "bool.__repr__", "bool.__invert__",
        "bool.__and__", "bool.__rand__", "bool.__xor__", "bool.__rxor__", "bool.__or__", "bool.__ror__",
        "range.__repr__", "range.__hash__", "range.__getattribute__", "range.__lt__", "range.__le__",
        "range.__eq__", "range.__ne__", "range.__gt__", "range.__ge__", "range.__iter__", "range.__bool__",
        "range.__len__", "range.__getitem__", "range.__contains__", "BaseException.__repr__",
        "BaseException.__str__", "BaseException.__getattribute__", "BaseException.__init__", "type.__repr__",
        "type.__call__", "type.__getattribute__", "type.__setattr__", "type.__delattr__", "type.__init__",
        "type.__or__", "type.__ror__", "slice.__repr__", "slice.__hash__", "slice.__getattribute__",
        "slice.__lt__", "slice.__le__", "slice.__eq__", "slice.__ne__", "slice.__gt__", "slice.__ge__",
        "bytes.__repr__", "bytes.__hash__", "bytes.__str__", "bytes.__getattribute__", "bytes.__lt__",
        "bytes.__le__", "bytes.__eq__", "bytes.__ne__", "bytes.__gt__", "bytes.__ge__", "bytes.__iter__",
        "bytes.__buffer__", "bytes.__mod__", "bytes.__rmod__", "bytes.__len__", "bytes.__getitem__",
        "bytes.__add__", "bytes.__mul__", "bytes.__rmul__", "bytes.__contains__", "complex.__repr__",
        "complex.__hash__", "complex.__lt__", "complex.__le__", "complex.__eq__", "complex.__ne__", "complex.__gt__",
        "complex.__ge__", "complex.__add__", "complex.__radd__", "complex.__sub__", "complex.__rsub__",
        "complex.__mul__", "complex.__rmul__", "complex.__pow__", "complex.__rpow__", "complex.__neg__",
        "complex.__pos__", "complex.__abs__", "complex.__bool__", "complex.__truediv__", "complex.__rtruediv__",
    ]
}

/// The depth of native recursion into nested objects (one interpreter runs
/// at a time in a process that recurses deeply).
public enum NativeRecursion {
    nonisolated(unsafe) public static var depth = 0
    /// CPython 3.13's C recursion limit (comparison and repr of nested containers).
    public static let limit = 10_000
    /// tuple hashing has no guard in CPython; deep enough for anything it hashes.
    public static let hashLimit = 100_000
}
