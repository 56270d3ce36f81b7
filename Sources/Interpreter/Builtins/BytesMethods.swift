// bytes and bytearray: construction, the methods CPython's bytes share with
// str (find, split, strip, replace, case, predicates...), decode, hex and
// fromhex, and bytearray's mutating methods. Both are PyBytes (kind .bytes);
// a bytearray is the mutable one, with its own type.

extension BuiltinTypes {
    public static let bytearray = make("bytearray", object)
}

enum BytesMethods {
    @inline(__always) static func B(_ v: Value) -> PyBytes { unsafeDowncast(v.asObject!, to: PyBytes.self) }

    static let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]

    /// The bytes of a bytes-like object (bytes or bytearray), nil otherwise.
    static func bytesLike(_ v: Value) -> [UInt8]? {
        if case .object(let o) = v, o.kind == .bytes { return unsafeDowncast(o, to: PyBytes.self).bytes }
        return nil
    }

    static func needBytes(_ vm: VM, _ v: Value) throws -> [UInt8] {
        if let b = bytesLike(v) { return b }
        throw PyError.typeError("a bytes-like object is required, not '\(vm.typeOf(v).name)'")
    }

    /// A sub-sequence argument of find/count/index: bytes or an int in range(256).
    static func needle(_ vm: VM, _ v: Value) throws -> [UInt8] {
        if let b = bytesLike(v) { return b }
        switch v {
        case .int, .bool:
            let i = try vm.ssizeArg(v)
            guard i >= 0 && i < 256 else { throw PyError.valueError("byte must be in range(0, 256)") }
            return [UInt8(i)]
        case .object(let o) where o.kind == .bigInt:
            throw PyError.valueError("byte must be in range(0, 256)")
        default:
            throw PyError.typeError("argument should be integer or bytes-like object, not '\(vm.typeOf(v).name)'")
        }
    }

    /// A byte value for bytes([...]), bytearray.append...: "bytes must be in range(0, 256)".
    static func byteValue(_ vm: VM, _ v: Value) throws -> UInt8 {
        guard let b = try vm.indexBig(v) else {
            throw PyError.typeError("'\(vm.typeOf(v).name)' object cannot be interpreted as an integer")
        }
        guard let i = b.asInt, i >= 0, i < 256 else { throw PyError.valueError("byte must be in range(0, 256)") }
        return UInt8(i)
    }

    static func make(_ bytes: [UInt8], like s: Value) -> Value {
        .object(PyBytes(bytes, mutable: B(s).isMutable))
    }

    /// bytes(x) / bytearray(x).
    static func construct(_ vm: VM, _ args: [Value], _ kw: KwArgs, mutable: Bool) throws -> Value {
        let name = mutable ? "bytearray" : "bytes"
        let bound = try Meth.bind(name, args, kw, ["source", "encoding", "errors"], positionalOnly: 0, required: 0)
        guard let src = bound[0] else {
            if bound[1] != nil || bound[2] != nil { throw PyError.typeError(bound[1] != nil ? "encoding without a string argument" : "errors without a string argument") }
            return .object(PyBytes([], mutable: mutable))
        }
        if let s = vm.asPyStr(src) {
            guard let e = bound[1] else { throw PyError.typeError("string argument without an encoding") }
            guard let enc = vm.asPyStr(e) else { throw PyError.typeError("\(name)() argument 'encoding' must be str, not \(vm.typeOf(e).name)") }
            var errors = "strict"
            if let ev = bound[2] {
                guard let es = vm.asPyStr(ev) else { throw PyError.typeError("\(name)() argument 'errors' must be str, not \(vm.typeOf(ev).name)") }
                errors = es.value
            }
            return .object(PyBytes(try StrMethods.encode(s.scalars, encoding: enc.value, errors: errors), mutable: mutable))
        }
        if bound[1] != nil { throw PyError.typeError("encoding without a string argument") }
        if bound[2] != nil { throw PyError.typeError("errors without a string argument") }
        if let b = bytesLike(src) { return .object(PyBytes(b, mutable: mutable)) }
        if case .object(let o) = src, o.kind == .instance, let f = o.pyType.lookup("__bytes__") {
            let r = try vm.call(try vm.bindIfFunction(f, to: src, type: o.pyType), [])
            guard case .object(let ro) = r, ro.kind == .bytes, !unsafeDowncast(ro, to: PyBytes.self).isMutable else {
                throw PyError.typeError("__bytes__ returned non-bytes (type \(vm.typeOf(r).name))")
            }
            return mutable ? .object(PyBytes(unsafeDowncast(ro, to: PyBytes.self).bytes, mutable: true)) : r
        }
        // An integer: that many zero bytes.
        let isIndex: Bool
        switch src {
        case .int, .bool: isIndex = true
        case .object(let o): isIndex = o.kind == .bigInt || (o.kind == .instance && o.pyType.lookup("__index__") != nil)
        default: isIndex = false
        }
        if isIndex {
            guard let n = try vm.indexExact(src) else { throw PyError.typeError("cannot convert '\(vm.typeOf(src).name)' object to \(name)") }
            if n < 0 { throw PyError.valueError("negative count") }
            try MemoryBudget.check(count: n, size: 1)
            return .object(PyBytes([UInt8](repeating: 0, count: n), mutable: mutable))
        }
        let it: Value
        do { it = try vm.getIterator(src) } catch let e as PyError where e.exception.cls === BuiltinTypes.TypeError {
            throw PyError.typeError("cannot convert '\(vm.typeOf(src).name)' object to \(name)")
        }
        var out: [UInt8] = []
        while let x = try vm.nextValue(it) {
            guard let b = try vm.indexBig(x) else {
                throw PyError.typeError("'\(vm.typeOf(x).name)' object cannot be interpreted as an integer")
            }
            guard let i = b.asInt, i >= 0, i < 256 else { throw PyError.valueError("bytes must be in range(0, 256)") }
            out.append(UInt8(i))
        }
        return .object(PyBytes(out, mutable: mutable))
    }

    // MARK: Search

    static func find(_ hay: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int, reverse: Bool = false) -> Int {
        let n = hay.count
        var lo = start, hi = end
        if lo < 0 { lo += n; if lo < 0 { lo = 0 } }
        if hi > n { hi = n } else if hi < 0 { hi += n; if hi < 0 { hi = 0 } }
        if lo > n { return -1 }
        if hi - lo < needle.count { return -1 }
        if needle.isEmpty { return reverse ? hi : lo }
        if reverse {
            var i = hi - needle.count
            while i >= lo {
                if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
                i -= 1
            }
        } else {
            var i = lo
            while i + needle.count <= hi {
                if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
                i += 1
            }
        }
        return -1
    }

    static func count(_ hay: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int) -> Int {
        let n = hay.count
        var lo = start, hi = end
        if lo < 0 { lo += n; if lo < 0 { lo = 0 } }
        if hi > n { hi = n } else if hi < 0 { hi += n; if hi < 0 { hi = 0 } }
        if lo > n || hi < lo { return 0 }
        if needle.isEmpty { return hi - lo + 1 }
        var c = 0, i = lo
        while i + needle.count <= hi {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { c += 1; i += needle.count } else { i += 1 }
        }
        return c
    }

    static func split(_ s: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int) throws -> [[UInt8]] {
        var out: [[UInt8]] = []
        var left = maxsplit < 0 ? Int.max : maxsplit
        if let sep {
            if sep.isEmpty { throw PyError.valueError("empty separator") }
            var i = 0, startPiece = 0
            while i + sep.count <= s.count && left > 0 {
                if s[i..<(i + sep.count)].elementsEqual(sep) {
                    out.append(Array(s[startPiece..<i]))
                    i += sep.count
                    startPiece = i
                    left -= 1
                } else { i += 1 }
            }
            out.append(Array(s[startPiece...]))
            return out
        }
        var i = 0
        while i < s.count {
            while i < s.count && whitespace.contains(s[i]) { i += 1 }
            if i == s.count { break }
            if left == 0 {
                var j = s.count
                while j > i && whitespace.contains(s[j - 1]) { j -= 1 }
                out.append(Array(s[i..<j]))
                break
            }
            var j = i
            while j < s.count && !whitespace.contains(s[j]) { j += 1 }
            out.append(Array(s[i..<j]))
            left -= 1
            i = j
        }
        return out
    }

    static func rsplit(_ s: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int) throws -> [[UInt8]] {
        let rev = try split(s.reversed(), sep.map { $0.reversed() }, maxsplit)
        return rev.reversed().map { $0.reversed() }
    }

    static func strip(_ s: [UInt8], _ chars: [UInt8]?, left: Bool, right: Bool) -> [UInt8] {
        let set = chars.map { Set($0) } ?? whitespace
        var lo = 0, hi = s.count
        if left { while lo < hi && set.contains(s[lo]) { lo += 1 } }
        if right { while hi > lo && set.contains(s[hi - 1]) { hi -= 1 } }
        return Array(s[lo..<hi])
    }

    static func replace(_ s: [UInt8], _ old: [UInt8], _ new: [UInt8], _ maxCount: Int) throws -> [UInt8] {
        var left = maxCount < 0 ? Int.max : maxCount
        if old.isEmpty {
            var out: [UInt8] = []
            if left > 0 { out += new; left -= 1 }
            for c in s {
                out.append(c)
                if left > 0 { out += new; left -= 1 }
            }
            return out
        }
        var out: [UInt8] = []
        var i = 0
        while i < s.count {
            if left > 0 && i + old.count <= s.count && s[i..<(i + old.count)].elementsEqual(old) {
                out += new
                i += old.count
                left -= 1
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isAlpha(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    static func upper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }
    static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }

    // MARK: Decoding

    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        guard let codec = StrMethods.codecName(encoding) else { throw PyError(BuiltinTypes.LookupError, "unknown encoding: \(encoding)") }
        var out = String.UnicodeScalarView()
        func fail(_ start: Int, _ end: Int, _ reason: String) throws {
            switch errors {
            case "ignore": return
            case "replace": out.append("\u{FFFD}")
            case "backslashreplace":
                for k in start..<end { out.append(contentsOf: StrMethods.escaped(Unicode.Scalar(b[k])).unicodeScalars) }
            default:
                // CPython's five arguments; str() builds the message from them.
                throw PyError(PyExceptionObject(cls: BuiltinTypes.UnicodeDecodeError,
                                                args: [.str(codec), .object(PyBytes(b)), .int(start), .int(end), .str(reason)]))
            }
        }
        switch codec {
        case "latin-1":
            for c in b { out.append(Unicode.Scalar(c)) }
        case "ascii":
            for (i, c) in b.enumerated() {
                if c < 0x80 { out.append(Unicode.Scalar(c)) } else { try fail(i, i + 1, "ordinal not in range(128)") }
            }
        default:
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { out.append(Unicode.Scalar(c)); i += 1; continue }
                var need = 0, value: UInt32 = 0, lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: need = 1; value = UInt32(c & 0x1F)
                case 0xE0: need = 2; value = 0; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2; value = UInt32(c & 0x0F)
                case 0xED: need = 2; value = 0xD; hi = 0x9F
                case 0xF0: need = 3; value = 0; lo = 0x90
                case 0xF1...0xF3: need = 3; value = UInt32(c & 0x07)
                case 0xF4: need = 3; value = 4; hi = 0x8F
                default:
                    try fail(i, i + 1, "invalid start byte")
                    i += 1
                    continue
                }
                var j = 1
                var bad = false
                while j <= need {
                    if i + j >= n {
                        try fail(i, n, "unexpected end of data")
                        i = n
                        bad = true
                        break
                    }
                    let d = b[i + j]
                    let l = j == 1 ? lo : 0x80, h = j == 1 ? hi : 0xBF
                    if d < l || d > h {
                        try fail(i, i + j, "invalid continuation byte")
                        i += j
                        bad = true
                        break
                    }
                    value = value << 6 | UInt32(d & 0x3F)
                    j += 1
                }
                if bad { continue }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += need + 1
            }
        }
        return String(out)
    }

    static func hex(_ b: [UInt8], sep: [UInt8]?, bytesPerSep: Int) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count * 3)
        let group = abs(bytesPerSep)
        for (i, c) in b.enumerated() {
            if let sep, group > 0, i > 0 {
                let boundary = bytesPerSep > 0 ? (b.count - i) % group == 0 : i % group == 0
                if boundary { out += sep }
            }
            out.append(digits[Int(c >> 4)])
            out.append(digits[Int(c & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func fromhex(_ vm: VM, _ s: Value, _ name: String) throws -> [UInt8] {
        guard let str = vm.asPyStr(s) else { throw PyError.typeError("fromhex() argument must be str, not \(vm.typeOf(s).name)") }
        let sc = str.scalars
        var out: [UInt8] = []
        var i = 0
        func digit(_ c: Unicode.Scalar) -> UInt8? {
            switch c.value {
            case 0x30...0x39: return UInt8(c.value - 0x30)
            case 0x41...0x46: return UInt8(c.value - 0x41 + 10)
            case 0x61...0x66: return UInt8(c.value - 0x61 + 10)
            default: return nil
            }
        }
        while i < sc.count {
            if sc[i].value < 128 && whitespace.contains(UInt8(sc[i].value)) { i += 1; continue }
            guard let h = digit(sc[i]) else { throw PyError.valueError("non-hexadecimal number found in fromhex() arg at position \(i)") }
            guard i + 1 < sc.count, let l = digit(sc[i + 1]) else {
                throw PyError.valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(h << 4 | l)
            i += 2
        }
        return out
    }
}
