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

    // MARK: Install

    static func install() {
        installShared(BuiltinTypes.bytes)
        installShared(BuiltinTypes.bytearray)
        installMutable(BuiltinTypes.bytearray)
        BuiltinTypes.bytes.constructor = { vm, _, args, kw in try construct(vm, args, kw, mutable: false) }
        BuiltinTypes.bytearray.constructor = { vm, _, args, kw in try construct(vm, args, kw, mutable: true) }
        BuiltinTypes.bytearray.dict["__hash__"] = Value.none
    }

    static func installShared(_ t: PyType) {
        let name = t.name
        Meth.keywords(t, "decode", ["encoding", "errors"]) { vm, s, a in
            var encoding = "utf-8", errors = "strict"
            if let v = a[0] {
                guard let e = vm.asPyStr(v) else { throw PyError.typeError("decode() argument 'encoding' must be str, not \(vm.typeOf(v).name)") }
                encoding = e.value
            }
            if let v = a[1] {
                guard let e = vm.asPyStr(v) else { throw PyError.typeError("decode() argument 'errors' must be str, not \(vm.typeOf(v).name)") }
                errors = e.value
            }
            return .str(try decode(B(s).bytes, encoding: encoding, errors: errors))
        }
        for (meth, rev) in [("find", false), ("rfind", true), ("index", false), ("rindex", true)] {
            Meth.positional(t, meth, min: 1, max: 3) { vm, s, a in
                let b = B(s).bytes
                let nd = try needle(vm, a[0])
                let start = try vm.sliceArg(a.count > 1 ? a[1] : nil) ?? 0
                let end = try vm.sliceArg(a.count > 2 ? a[2] : nil) ?? Int.max
                let r = find(b, nd, start, end, reverse: rev)
                if r < 0 && meth.hasSuffix("index") { throw PyError.valueError("subsection not found") }
                return .int(r)
            }
        }
        Meth.positional(t, "count", min: 1, max: 3) { vm, s, a in
            let nd = try needle(vm, a[0])
            let start = try vm.sliceArg(a.count > 1 ? a[1] : nil) ?? 0
            let end = try vm.sliceArg(a.count > 2 ? a[2] : nil) ?? Int.max
            return .int(count(B(s).bytes, nd, start, end))
        }
        for (meth, atEnd) in [("startswith", false), ("endswith", true)] {
            Meth.positional(t, meth, min: 1, max: 3) { vm, s, a in
                let b = B(s).bytes
                let n = b.count
                var lo = try vm.sliceArg(a.count > 1 ? a[1] : nil) ?? 0
                var hi = try vm.sliceArg(a.count > 2 ? a[2] : nil) ?? Int.max
                if lo < 0 { lo += n; if lo < 0 { lo = 0 } }
                if hi > n { hi = n } else if hi < 0 { hi += n; if hi < 0 { hi = 0 } }
                var candidates: [[UInt8]] = []
                if case .object(let o) = a[0], let tup = o as? PyTuple {
                    for x in tup.items {
                        guard let xb = bytesLike(x) else {
                            throw PyError.typeError("a bytes-like object is required, not '\(vm.typeOf(x).name)'")
                        }
                        candidates.append(xb)
                    }
                } else if let xb = bytesLike(a[0]) {
                    candidates = [xb]
                } else {
                    throw PyError.typeError("\(meth) first arg must be bytes or a tuple of bytes, not \(vm.typeOf(a[0]).name)")
                }
                if lo > n { return .bool(false) }
                for c in candidates where hi - lo >= c.count {
                    let ok = atEnd ? b[(hi - c.count)..<hi].elementsEqual(c) : b[lo..<(lo + c.count)].elementsEqual(c)
                    if ok { return .bool(true) }
                }
                return .bool(false)
            }
        }
        for (meth, right) in [("split", false), ("rsplit", true)] {
            Meth.keywords(t, meth, ["sep", "maxsplit"]) { vm, s, a in
                var sep: [UInt8]? = nil
                if let v = a[0], !v.isNone { sep = try needBytes(vm, v) }
                let maxsplit = try a[1].map { try vm.ssizeArg($0) } ?? -1
                let parts = right ? try rsplit(B(s).bytes, sep, maxsplit) : try split(B(s).bytes, sep, maxsplit)
                return .object(PyList(parts.map { make($0, like: s) }))
            }
        }
        Meth.keywords(t, "splitlines", ["keepends"]) { vm, s, a in
            let keep = try a[0].map { try vm.isTruthy($0) } ?? false
            let b = B(s).bytes
            var out: [Value] = []
            var i = 0, startLine = 0
            while i < b.count {
                if b[i] == 0x0A || b[i] == 0x0D {
                    var end = i + 1
                    if b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A { end += 1 }
                    out.append(make(Array(b[startLine..<(keep ? end : i)]), like: s))
                    i = end
                    startLine = end
                } else { i += 1 }
            }
            if startLine < b.count { out.append(make(Array(b[startLine...]), like: s)) }
            return .object(PyList(out))
        }
        Meth.oneArg(t, "join") { vm, s, iterable in
            let sep = B(s).bytes
            var out: [UInt8] = []
            for (i, x) in try vm.iterateSized(iterable).enumerated() {
                guard let xb = bytesLike(x) else {
                    throw PyError.typeError("sequence item \(i): expected a bytes-like object, \(vm.typeOf(x).name) found")
                }
                if i > 0 { out += sep }
                out += xb
                try MemoryBudget.check(count: out.count, size: 1)
            }
            return make(out, like: s)
        }
        for (meth, l, r) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            Meth.positional(t, meth, min: 0, max: 1) { vm, s, a in
                var chars: [UInt8]? = nil
                if let v = a.first, !v.isNone { chars = try needBytes(vm, v) }
                return make(strip(B(s).bytes, chars, left: l, right: r), like: s)
            }
        }
        Meth.positional(t, "replace", min: 2, max: 3) { vm, s, a in
            let old = try needBytes(vm, a[0]), new = try needBytes(vm, a[1])
            let n = a.count > 2 ? try vm.ssizeArg(a[2]) : -1
            let b = B(s).bytes
            if !old.isEmpty || new.isEmpty {
                // Bound the result before building it.
                let hits = old.isEmpty ? 0 : count(b, old, 0, Int.max)
                let (grow, o1) = (new.count - old.count).multipliedReportingOverflow(by: hits)
                if o1 || b.count + grow > MemoryBudget.limitBytes { throw MemoryBudget.error }
            } else {
                try MemoryBudget.check(count: b.count + 1, size: new.count + 1)
            }
            return make(try replace(b, old, new, n), like: s)
        }
        Meth.oneArg(t, "removeprefix") { vm, s, p in
            let b = B(s).bytes, pre = try needBytes(vm, p)
            return make(b.starts(with: pre) ? Array(b[pre.count...]) : b, like: s)
        }
        Meth.oneArg(t, "removesuffix") { vm, s, p in
            let b = B(s).bytes, suf = try needBytes(vm, p)
            return make(!suf.isEmpty && b.count >= suf.count && b[(b.count - suf.count)...].elementsEqual(suf) ? Array(b[..<(b.count - suf.count)]) : b, like: s)
        }
        for (meth, rev) in [("partition", false), ("rpartition", true)] {
            Meth.oneArg(t, meth) { vm, s, sepV in
                let b = B(s).bytes, sep = try needBytes(vm, sepV)
                if sep.isEmpty { throw PyError.valueError("empty separator") }
                let i = find(b, sep, 0, Int.max, reverse: rev)
                if i < 0 {
                    let empty = make([], like: s)
                    return .object(PyTuple(rev ? [empty, make([], like: s), make(b, like: s)] : [make(b, like: s), empty, make([], like: s)]))
                }
                return .object(PyTuple([make(Array(b[..<i]), like: s), make(sep, like: s), make(Array(b[(i + sep.count)...]), like: s)]))
            }
        }
        Meth.noArgs(t, "upper") { _, s in make(B(s).bytes.map(upper), like: s) }
        Meth.noArgs(t, "lower") { _, s in make(B(s).bytes.map(lower), like: s) }
        Meth.noArgs(t, "swapcase") { _, s in make(B(s).bytes.map { isUpper($0) ? lower($0) : upper($0) }, like: s) }
        Meth.noArgs(t, "capitalize") { _, s in
            let b = B(s).bytes
            return make(b.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) }, like: s)
        }
        Meth.noArgs(t, "title") { _, s in
            var prevCased = false
            return make(B(s).bytes.map { c in
                let r = prevCased ? lower(c) : upper(c)
                prevCased = isAlpha(c)
                return r
            }, like: s)
        }
        let preds: [(String, (UInt8) -> Bool)] = [
            ("isdigit", isDigit), ("isalpha", isAlpha), ("isalnum", { isAlpha($0) || isDigit($0) }),
            ("isspace", { whitespace.contains($0) }),
        ]
        for (meth, p) in preds {
            Meth.noArgs(t, meth) { _, s in
                let b = B(s).bytes
                return .bool(!b.isEmpty && b.allSatisfy(p))
            }
        }
        Meth.noArgs(t, "isascii") { _, s in .bool(B(s).bytes.allSatisfy { $0 < 0x80 }) }
        Meth.noArgs(t, "isupper") { _, s in
            let b = B(s).bytes
            return .bool(b.contains(where: isUpper) && !b.contains(where: isLower))
        }
        Meth.noArgs(t, "islower") { _, s in
            let b = B(s).bytes
            return .bool(b.contains(where: isLower) && !b.contains(where: isUpper))
        }
        for (meth, align) in [("center", 0), ("ljust", -1), ("rjust", 1)] {
            Meth.positional(t, meth, min: 1, max: 2) { vm, s, a in
                let b = B(s).bytes
                let width = try vm.ssizeArg(a[0])
                var fill: UInt8 = 0x20
                if a.count > 1 {
                    guard let f = bytesLike(a[1]), f.count == 1 else {
                        throw PyError.typeError("\(meth)() argument 2 must be a byte string of length 1, not \(vm.typeOf(a[1]).name)")
                    }
                    fill = f[0]
                }
                if width <= b.count { return make(b, like: s) }
                try MemoryBudget.check(count: width, size: 1)
                let pad = width - b.count
                let left = align == 0 ? pad / 2 + (pad & width & 1) : (align > 0 ? pad : 0)
                return make([UInt8](repeating: fill, count: left) + b + [UInt8](repeating: fill, count: pad - left), like: s)
            }
        }
        Meth.oneArg(t, "zfill") { vm, s, w in
            let b = B(s).bytes
            let width = try vm.ssizeArg(w)
            if width <= b.count { return make(b, like: s) }
            try MemoryBudget.check(count: width, size: 1)
            var out = [UInt8](repeating: 0x30, count: width - b.count) + b
            if let f = b.first, f == 0x2B || f == 0x2D { out[width - b.count] = 0x30; out[0] = f }
            return make(out, like: s)
        }
        Meth.keywords(t, "hex", ["sep", "bytes_per_sep"]) { vm, s, a in
            var sep: [UInt8]? = nil
            if let v = a[0] {
                if let st = vm.asPyStr(v) { sep = Array(st.value.utf8) } else if let bb = bytesLike(v) { sep = bb } else {
                    throw PyError.typeError("sep must be str or bytes.")
                }
                if sep!.count != 1 { throw PyError.valueError("sep must be length 1.") }
            }
            let per = try a[1].map { try vm.ssizeArg($0) } ?? 1
            return .str(hex(B(s).bytes, sep: sep, bytesPerSep: per))
        }
        Meth.classMethod(t, "fromhex") { vm, cls, args, kw in
            if !kw.isEmpty { throw PyError.typeError("\(name).fromhex() takes no keyword arguments") }
            try Meth.arity("fromhex", args.count, min: 1, max: 1)
            let b = try fromhex(vm, args[0], name)
            let made: Value = .object(PyBytes(b, mutable: t === BuiltinTypes.bytearray))
            if cls === t { return made }
            return try vm.call(.object(cls), [made])
        }
        Meth.slot(t, "__len__", 0) { _, s, _ in .int(B(s).bytes.count) }
        Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.nativeGetIterator(s) }
        Meth.slot(t, "__contains__", 1) { vm, s, a in .bool(try vm.nativeContains(s, a[0])) }
        Meth.slot(t, "__getitem__", 1) { vm, s, a in try vm.nativeGetItem(s, a[0]) }
        Meth.noArgs(t, "__bytes__") { _, s in .object(PyBytes(B(s).bytes)) }
    }

    static func installMutable(_ t: PyType) {
        Meth.oneArg(t, "append") { vm, s, x in
            B(s).bytes.append(try byteValue(vm, x))
            return .none
        }
        Meth.oneArg(t, "extend") { vm, s, x in
            if let b = bytesLike(x) { B(s).bytes += b; return .none }
            if vm.asPyStr(x) != nil { throw PyError.typeError("expected iterable of integers; got: 'str'") }
            var add: [UInt8] = []
            for v in try vm.iterate(x) { add.append(try byteValue(vm, v)) }
            B(s).bytes += add
            return .none
        }
        Meth.positional(t, "insert", min: 2, max: 2) { vm, s, a in
            let b = B(s)
            var i = try vm.ssizeArg(a[0])
            let v = try byteValue(vm, a[1])
            let n = b.bytes.count
            if i < 0 { i += n; if i < 0 { i = 0 } }
            if i > n { i = n }
            b.bytes.insert(v, at: i)
            return .none
        }
        Meth.positional(t, "pop", min: 0, max: 1) { vm, s, a in
            let b = B(s)
            if b.bytes.isEmpty { throw PyError.indexError("pop from empty bytearray") }
            var i = try a.first.map { try vm.ssizeArg($0) } ?? -1
            if i < 0 { i += b.bytes.count }
            guard i >= 0 && i < b.bytes.count else { throw PyError.indexError("pop index out of range") }
            return .int(Int(b.bytes.remove(at: i)))
        }
        Meth.oneArg(t, "remove") { vm, s, x in
            let b = B(s)
            let v = try byteValue(vm, x)
            guard let i = b.bytes.firstIndex(of: v) else { throw PyError.valueError("value not found in bytearray") }
            b.bytes.remove(at: i)
            return .none
        }
        Meth.noArgs(t, "clear") { _, s in B(s).bytes = []; return .none }
        Meth.noArgs(t, "reverse") { _, s in B(s).bytes.reverse(); return .none }
        Meth.noArgs(t, "copy") { _, s in .object(PyBytes(B(s).bytes, mutable: true)) }
        Meth.slot(t, "__setitem__", 2) { vm, s, a in try vm.nativeSetItem(s, a[0], a[1]); return .none }
        Meth.slot(t, "__delitem__", 1) { vm, s, a in try vm.nativeDeleteItem(s, a[0]); return .none }
    }
}

extension VM {
    /// bytes/bytearray operators: ==, ordering, +, *, in.
    func bytesCompare(_ a: PyBytes, _ b: PyBytes, _ op: CompareOperator) -> Bool {
        let x = a.bytes, y = b.bytes
        if op == .eq { return x == y }
        if op == .notEq { return x != y }
        var c = 0
        for (p, q) in zip(x, y) where p != q { c = p < q ? -1 : 1; break }
        if c == 0 { c = x.count < y.count ? -1 : (x.count > y.count ? 1 : 0) }
        return orderResult(c, op)
    }

    /// b[i] = v, b[i:j] = iterable, del b[i] / b[i:j] on a bytearray.
    func bytearraySetItem(_ b: PyBytes, _ k: Value, _ v: Value?) throws {
        if case .object(let so) = k, so.kind == .slice {
            let s = unsafeDowncast(so, to: PySlice.self)
            var values: [UInt8] = []
            if let v {
                if let bb = BytesMethods.bytesLike(v) { values = bb } else if case .int = v {
                    throw PyError.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                } else {
                    for x in try iterate(v) { values.append(try BytesMethods.byteValue(self, x)) }
                }
            }
            let (start, stop, step, length) = try sliceIndices(s, count: b.bytes.count)
            if step == 1 {
                let lo = min(start, b.bytes.count), hi = min(max(start, stop), b.bytes.count)
                b.bytes.replaceSubrange(lo..<hi, with: values)
                return
            }
            if v == nil {
                var remove = Set<Int>()
                var i = start
                for _ in 0..<length { remove.insert(i); i += step }
                b.bytes = b.bytes.enumerated().filter { !remove.contains($0.offset) }.map { $0.element }
                return
            }
            if values.count != length {
                throw PyError.valueError("attempt to assign bytes of size \(values.count) to extended slice of size \(length)")
            }
            var i = start
            for x in values where i >= 0 && i < b.bytes.count { b.bytes[i] = x; i += step }
            return
        }
        guard let big = try indexBig(k) else {
            throw PyError.typeError("bytearray indices must be integers or slices, not \(typeOf(k).name)")
        }
        let byte: UInt8? = try v.map { try BytesMethods.byteValue(self, $0) }
        let n = b.bytes.count
        guard var i = big.asInt else { throw PyError.indexError("cannot fit 'int' into an index-sized integer") }
        if i < 0 { i += n }
        guard i >= 0 && i < b.bytes.count else {
            throw PyError.indexError(v == nil ? "bytearray index out of range" : "bytearray index out of range")
        }
        if let byte { b.bytes[i] = byte } else { b.bytes.remove(at: i) }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
