// `_json.encode(o, default, options...)`: JSONEncoder.encode in Swift, as
// CPython's C encoder (c_make_encoder) does it for json.dumps. The package's
// Python walker (Lib/json/encoder.py, _Walk) is the reference for the text,
// the checks and the order in which default() is called; it still runs for
// iterencode/json.dump, which must hand out chunks.

struct JsonEncoder {
    let vm: VM
    let defaultHook: Value
    let asciiOnly: Bool
    let checkCircular: Bool
    let allowNaN: Bool
    let sortKeys: Bool
    let indent: String?
    let itemSeparator: String
    let keySeparator: String
    let skipKeys: Bool
    var out = ""
    var markers = Set<ObjectIdentifier>()
    var depth = 0

    static func encode(_ vm: VM, _ a: [Value]) throws -> Value {
        // (o, default, ensure_ascii, check_circular, allow_nan, sort_keys,
        //  indent, item_separator, key_separator, skipkeys)
        var e = JsonEncoder(vm: vm, defaultHook: a[1], asciiOnly: try vm.isTruthy(a[2]), checkCircular: try vm.isTruthy(a[3]),
                            allowNaN: try vm.isTruthy(a[4]), sortKeys: try vm.isTruthy(a[5]),
                            indent: a[6].isNone ? nil : vm.strValue(a[6]),
                            itemSeparator: vm.strValue(a[7]), keySeparator: vm.strValue(a[8]), skipKeys: try vm.isTruthy(a[9]))
        try e.value(a[0], level: 0)
        return .str(e.out)
    }

    private func isInstance(_ o: PyObject, _ t: PyType) -> Bool { o.pyType === t || o.pyType.isSubtype(of: t) }

    /// The text of a scalar, or nil when v is not one (str, int, float, bool, None).
    private func scalar(_ v: Value) throws -> String? {
        switch v {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return try floatText(d, v)
        case .object(let o):
            if let s = o as? PyStr { return JsonSpeedups.quote(s.value, asciiOnly: asciiOnly) }
            if o.kind == .bigInt { return try vm.repr(vm.baseValue(v)) }  // int.__repr__: IntEnum gives digits
            if let f = o as? PyFloatOfClass { return try floatText(f.value, v) }
            return nil
        }
    }

    private func floatText(_ d: Double, _ v: Value) throws -> String {
        let text: String
        if d.isNaN { text = "NaN" } else if d == .infinity { text = "Infinity" } else if d == -.infinity { text = "-Infinity" } else { return pyFloatRepr(d) }
        if !allowNaN { throw PyError.valueError("Out of range float values are not JSON compliant: \(try vm.repr(v))") }
        return text
    }

    private mutating func enter(_ o: PyObject) throws {
        depth += 1
        if depth > JsonScanner.maxDepth { throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded while encoding a JSON object") }
        guard checkCircular else { return }
        if !markers.insert(ObjectIdentifier(o)).inserted { throw PyError.valueError("Circular reference detected") }
    }

    private mutating func leave(_ o: PyObject) {
        depth -= 1
        if checkCircular { markers.remove(ObjectIdentifier(o)) }
    }

    mutating func value(_ v: Value, level: Int) throws {
        if let text = try scalar(v) { out += text; return }
        guard case .object(let o) = v else { return }
        if isInstance(o, BuiltinTypes.list) || isInstance(o, BuiltinTypes.tuple) {
            try array(o, level: level)
        } else if isInstance(o, BuiltinTypes.dict) {
            try object(o, level: level)
        } else {
            try enter(o)
            try value(try vm.call(defaultHook, [v]), level: level)
            leave(o)
        }
    }

    private mutating func openBracket(_ bracket: String, level: inout Int) -> String {
        out += bracket
        guard let indent else { return itemSeparator }
        level += 1
        let newline = "\n" + repeatString(indent, count: level)
        out += newline
        return itemSeparator + newline
    }

    private mutating func closeBracket(_ bracket: String, level: Int) {
        if let indent { out += "\n" + repeatString(indent, count: level - 1) }
        out += bracket
    }

    private mutating func array(_ o: PyObject, level: Int) throws {
        let items: [Value]
        if let l = o as? PyList, !o.hasUserClass { items = l.items } else if let t = o as? PyTuple, !o.hasUserClass { items = t.items } else { items = try vm.iterate(.object(o)) }
        if items.isEmpty { out += "[]"; return }
        try enter(o)
        var level = level
        let separator = openBracket("[", level: &level)
        for (i, item) in items.enumerated() {
            if i > 0 { out += separator }
            try value(item, level: level)
        }
        closeBracket("]", level: level)
        leave(o)
    }

    /// A key's text, or nil to skip it (skipkeys).
    private func keyText(_ k: Value) throws -> String? {
        switch k {
        case .object(let o) where o is PyStr: return (o as! PyStr).value
        case .float(let d): return try floatText(d, k)
        case .object(let o) where o is PyFloatOfClass: return try floatText((o as! PyFloatOfClass).value, k)
        case .bool(let b): return b ? "true" : "false"
        case .none: return "null"
        case .int(let i): return String(i)
        case .object(let o) where o.kind == .bigInt: return try vm.repr(vm.baseValue(k))
        default:
            if skipKeys { return nil }
            throw PyError.typeError("keys must be str, int, float, bool or None, not \(vm.typeOf(k).name)")
        }
    }

    private mutating func object(_ o: PyObject, level: Int) throws {
        var pairs: [(Value, Value)]
        if let d = o as? PyDict, !o.hasUserClass {
            pairs = d.pairs.map { ($0.key, $0.value) }
        } else {
            pairs = try vm.iterate(try vm.call(try vm.getAttribute(.object(o), "items"), [])).map { item in
                let kv = try vm.iterate(item)
                guard kv.count == 2 else { throw PyError.valueError("items must return 2-tuples") }
                return (kv[0], kv[1])
            }
        }
        if pairs.isEmpty { out += "{}"; return }
        try enter(o)
        if sortKeys {
            // sorted(dct.items()): the builtin, for its order and its errors.
            let sorted = try vm.call(vm.builtins["sorted"]!, [.object(PyList(pairs.map { .object(PyTuple([$0.0, $0.1])) }))])
            pairs = try vm.iterate(sorted).map { t in let kv = try vm.iterate(t); return (kv[0], kv[1]) }
        }
        var level = level
        let separator = openBracket("{", level: &level)
        var first = true
        for (k, v) in pairs {
            guard let key = try keyText(k) else { continue }
            if !first { out += separator }
            first = false
            out += JsonSpeedups.quote(key, asciiOnly: asciiOnly)
            out += keySeparator
            try value(v, level: level)
        }
        closeBracket("}", level: level)
        leave(o)
    }
}
