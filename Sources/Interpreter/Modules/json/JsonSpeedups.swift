// `_json`: the per-character loops of the json package, in Swift, as
// CPython's C accelerator does them (Modules/_json.c: scanstring,
// encode_basestring, encode_basestring_ascii). The package (Lib/json) stays
// Python: it calls these for the string work and keeps the structure, hooks
// and error objects. Walking a string a character at a time in bytecode
// made json.dumps/loads 50-80x slower than CPython.

enum JsonSpeedups {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_json")
        ModuleFunctions.one(m, "encode_basestring_ascii") { vm, v in
            .str(quote(try string(vm, v, "encode_basestring_ascii"), asciiOnly: true))
        }
        ModuleFunctions.one(m, "encode_basestring") { vm, v in
            .str(quote(try string(vm, v, "encode_basestring"), asciiOnly: false))
        }
        // scanstring(s, end, strict) -> (text, end, None) or, on an error,
        // (None, message, position): the package raises its JSONDecodeError.
        ModuleFunctions.positional(m, "scanstring", min: 3, max: 3) { vm, a in
            let s = try pyStr(vm, a[0], "scanstring")
            guard let end = try vm.indexValue(a[1]) else { throw PyError.typeError("scanstring() argument 2 must be int") }
            switch scan(s.scalars, from: end, strict: try vm.isTruthy(a[2])) {
            case .text(let text, let end): return .object(PyTuple([.str(text), .int(end), .none]))
            case .error(let msg, let pos): return .object(PyTuple([.none, .str(msg), .int(pos)]))
            case .needsPython: return .object(PyTuple([.none, .none, .int(end)]))
            }
        }
        // scan_once(s, idx, strict): a whole value (JsonScanner.swift).
        ModuleFunctions.positional(m, "scan_once", min: 3, max: 3) { vm, a in
            let s = try pyStr(vm, a[0], "scan_once")
            guard let idx = try vm.indexValue(a[1]) else { throw PyError.typeError("scan_once() argument 2 must be int") }
            return try JsonScanner.scanOnce(vm, s, idx, strict: try vm.isTruthy(a[2]))
        }
        // encode(o, default, ensure_ascii, check_circular, allow_nan,
        //        sort_keys, indent, item_separator, key_separator, skipkeys)
        ModuleFunctions.positional(m, "encode", min: 10, max: 10) { vm, a in try JsonEncoder.encode(vm, a) }
        // skip_ws(s, i): the index of the first non-whitespace character at or after i.
        ModuleFunctions.positional(m, "skip_ws", min: 2, max: 2) { vm, a in
            let scalars = try pyStr(vm, a[0], "skip_ws").scalars
            guard var i = try vm.indexValue(a[1]) else { throw PyError.typeError("skip_ws() argument 2 must be int") }
            while i >= 0 && i < scalars.count {
                switch scalars[i] { case " ", "\t", "\n", "\r": i += 1; default: return .int(i) }
            }
            return .int(i)
        }
        return m
    }

    private static func pyStr(_ vm: VM, _ v: Value, _ fn: String) throws -> PyStr {
        guard case .object(let o) = v, let s = o as? PyStr else {
            throw PyError.typeError("first argument must be a string, not \(vm.typeOf(v).name)")
        }
        return s
    }

    private static func string(_ vm: VM, _ v: Value, _ fn: String) throws -> String {
        try pyStr(vm, v, fn).value
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789abcdef".unicodeScalars)

    /// s as a JSON string literal. Without asciiOnly only '"', '\\' and the
    /// control characters are escaped (ensure_ascii=False).
    static func quote(_ s: String, asciiOnly: Bool) -> String {
        if let fast = quoteBytes(s, asciiOnly: asciiOnly) { return fast }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        func hex4(_ n: UInt32) {
            out += "\\u"
            for shift in stride(from: 12, through: 0, by: -4) { out.unicodeScalars.append(hexDigits[Int((n >> UInt32(shift)) & 0xF)]) }
        }
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                let code = c.value
                if code < 0x20 || (asciiOnly && code > 0x7E) {
                    if code > 0xFFFF {
                        // Outside the BMP: a UTF-16 surrogate pair.
                        let v = code - 0x10000
                        hex4(0xD800 | (v >> 10))
                        hex4(0xDC00 | (v & 0x3FF))
                    } else {
                        hex4(code)
                    }
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
        return out
    }

    enum ScanResult {
        case text(String, end: Int)
        case error(String, at: Int)
        /// A lone surrogate escape, which a Swift string cannot hold.
        case needsPython
    }

    /// The string whose opening quote is at begin - 1, as CPython's
    /// scanstring_unicode, with its messages and error positions.
    static func scan(_ s: [Unicode.Scalar], from begin: Int, strict: Bool) -> ScanResult {
        func fail(_ msg: String, _ pos: Int) -> ScanResult { .error(msg, at: pos) }
        let n = s.count
        guard begin >= 0 && begin <= n else { return fail("end is out of bounds", begin) }
        // UTF-8 bytes appended directly: UnicodeScalarView.append was most of loads().
        var out = ScalarWriter()
        var i = begin
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= n else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = s[k].value
                let d: UInt32
                switch c {
                case 0x30...0x39: d = c - 0x30
                case 0x41...0x46: d = c - 0x41 + 10
                case 0x61...0x66: d = c - 0x61 + 10
                default: return nil
                }
                v = v << 4 | d
            }
            return v
        }
        while true {
            guard i < n else { return fail("Unterminated string starting at", begin - 1) }
            let c = s[i]
            if c == "\"" { return .text(out.string, end: i + 1) }
            if c != "\\" {
                if c.value < 0x20 && strict { return fail("Invalid control character at", i) }
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < n else { return fail("Unterminated string starting at", begin - 1) }
            let e = s[i + 1]
            switch e {
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "/": out.append("/")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "u":
                // CPython points at the 'u', not at the backslash.
                guard var code = hex4(i + 2) else { return fail("Invalid \\uXXXX escape", i + 1) }
                i += 6
                // A high surrogate followed by an escaped low one is one character.
                if (0xD800...0xDBFF).contains(code), i + 1 < n, s[i] == "\\", s[i + 1] == "u",
                   let low = hex4(i + 2), (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    i += 6
                }
                // A lone surrogate cannot be a Swift scalar: the package
                // decodes such strings itself (rare; CPython keeps them).
                guard let scalar = Unicode.Scalar(code) else { return .needsPython }
                out.append(scalar)
                continue
            default:
                return fail("Invalid \\escape", i)
            }
            i += 2
        }
    }
}
