// str.encode (utf-8, ascii, latin-1), str.translate and str.maketrans.

import Foundation

extension StrMethods {
    static func installCodec(_ t: PyType) {
        Meth.keywords(t, "encode", ["encoding", "errors"]) { vm, s, a in
            var encoding = "utf-8", errors = "strict"
            if let v = a[0] { encoding = try strArg(vm, v, "encode() argument 'encoding' must be str").value }
            if let v = a[1] { errors = try strArg(vm, v, "encode() argument 'errors' must be str").value }
            return .object(PyBytes(try encode(S(s).scalars, encoding: encoding, errors: errors)))
        }

        Meth.oneArg(t, "translate") { vm, s, table in
            var cache: [UInt32: Value?] = [:]
            var out = String.UnicodeScalarView()
            for c in S(s).scalars {
                let mapped: Value?
                if let m = cache[c.value] {
                    mapped = m
                } else {
                    do {
                        mapped = try vm.getItem(table, .int(Int(c.value)))
                    } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.LookupError) {
                        mapped = nil
                    }
                    cache[c.value] = mapped
                }
                guard let m = mapped else { out.append(c); continue }
                switch m {
                case .none: continue
                case .int, .bool:
                    let i = try vm.ssizeArg(m)
                    guard i >= 0, i < 0x110000 else { throw PyError.valueError("character mapping must be in range(0x110000)") }
                    out.append(Unicode.Scalar(UInt32(i)) ?? "\u{FFFD}")
                default:
                    guard let r = vm.asPyStr(m) else { throw PyError.typeError("character mapping must return integer, None or str") }
                    out.append(contentsOf: r.value.unicodeScalars)
                }
            }
            return .str(String(out))
        }

        // A static method in CPython; bound to the class here, which reprs the same.
        Meth.classMethod(t, "maketrans") { vm, _, args, kw in
            if !kw.isEmpty { throw PyError.typeError("str.maketrans() takes no keyword arguments") }
            try Meth.arity("maketrans", args.count, min: 1, max: 3)
            let d = PyDict()
            if args.count == 1 {
                guard case .object(let o) = args[0], let src = o as? PyDict else {
                    throw PyError.typeError("if you give only one argument to maketrans it must be a dict")
                }
                for (k, v) in src.pairs {
                    if let ks = vm.asPyStr(k) {
                        guard ks.scalars.count == 1 else { throw PyError.valueError("string keys in translate table must be of length 1") }
                        try d.set(.int(Int(ks.scalars[0].value)), v, vm: vm)
                    } else if case .int = k {
                        try d.set(k, v, vm: vm)
                    } else if case .bool(let b) = k {
                        try d.set(.int(b ? 1 : 0), v, vm: vm)
                    } else {
                        throw PyError.typeError("keys in translate table must be strings or integers")
                    }
                }
                return .object(d)
            }
            guard let x = vm.asPyStr(args[0]) else {
                throw PyError.typeError("first maketrans argument must be a string if there is a second argument")
            }
            let y = try strArg(vm, args[1], "maketrans() argument 2 must be str")
            guard x.scalars.count == y.scalars.count else {
                throw PyError.valueError("the first two maketrans arguments must have equal length")
            }
            for (a, b) in zip(x.scalars, y.scalars) { try d.set(.int(Int(a.value)), .int(Int(b.value)), vm: vm) }
            if args.count == 3 {
                let z = try strArg(vm, args[2], "maketrans() argument 3 must be str")
                for c in z.scalars { try d.set(.int(Int(c.value)), .none, vm: vm) }
            }
            return .object(d)
        }
    }

    /// Python's codec name normalisation for the codecs scopewalk has.
    static func codecName(_ encoding: String) -> String? {
        let n = encoding.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch n {
        case "utf-8", "utf8", "u8", "utf", "cp65001": return "utf-8"
        case "ascii", "us-ascii", "646", "us": return "ascii"
        case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100": return "latin-1"
        default: return nil
        }
    }

    static func encode(_ s: [Unicode.Scalar], encoding: String, errors: String) throws -> [UInt8] {
        guard let codec = codecName(encoding) else { throw PyError(BuiltinTypes.LookupError, "unknown encoding: \(encoding)") }
        if codec == "utf-8" {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s)
            return Array(String(v).utf8)
        }
        let limit: UInt32 = codec == "ascii" ? 0x80 : 0x100
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c.value < limit {
                out.append(UInt8(c.value))
                i += 1
                continue
            }
            var j = i
            while j < s.count && s[j].value >= limit { j += 1 }
            switch errors {
            case "ignore": break
            case "replace": out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: j - i))
            case "xmlcharrefreplace":
                for k in i..<j { out.append(contentsOf: Array("&#\(s[k].value);".utf8)) }
            case "backslashreplace":
                for k in i..<j { out.append(contentsOf: Array(escaped(s[k]).utf8)) }
            default:
                let what = j - i == 1 ? "character '\(escaped(c))' in position \(i)" : "characters in position \(i)-\(j - 1)"
                throw PyError(BuiltinTypes.UnicodeEncodeError,
                              "'\(codec)' codec can't encode \(what): ordinal not in range(\(limit))")
            }
            i = j
        }
        return out
    }

    /// \xNN, \uNNNN or \UNNNNNNNN, as CPython's messages show characters.
    static func escaped(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16)
        if c.value < 0x100 { return "\\x" + repeatString("0", count: 2 - hex.count) + hex }
        if c.value < 0x10000 { return "\\u" + repeatString("0", count: 4 - hex.count) + hex }
        return "\\U" + repeatString("0", count: 8 - hex.count) + hex
    }
}
