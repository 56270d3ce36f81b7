// str: an immutable Swift String plus a lazily built array of Unicode
// scalars, because Python indexes strings by code point.

public final class PyStr: PyObject {
    public let value: String
    private var _scalars: [Unicode.Scalar]?
    private var _hash: Int?

    public init(_ value: String) {
        self.value = value
        super.init(kind: .str)
    }

    public override var pyType: PyType { BuiltinTypes.str }

    public var scalars: [Unicode.Scalar] {
        if let s = _scalars { return s }
        let s = Array(value.unicodeScalars)
        _scalars = s
        return s
    }

    /// len(): code points.
    public var length: Int {
        if let s = _scalars { return s.count }
        return value.unicodeScalars.count
    }

    public var hashValueCached: Int {
        if let h = _hash { return h }
        var h = value.hashValue
        if h == -1 { h = -2 }
        _hash = h
        return h
    }

    static func fromScalars<S: Sequence>(_ s: S) -> PyStr where S.Element == Unicode.Scalar {
        var u = String.UnicodeScalarView()
        u.append(contentsOf: s)
        return PyStr(String(u))
    }
}

/// Interned strings: identifier-like constants share one object, so
/// `a = "hello"; b = "hello"; a is b` is True as in CPython.
enum StringInterner {
    nonisolated(unsafe) static var table: [String: PyStr] = [:]
    static func intern(_ s: String) -> PyStr {
        if let p = table[s] { return p }
        let p = PyStr(s)
        table[s] = p
        return p
    }
    static func shouldIntern(_ s: String) -> Bool {
        s.count <= 40 && s.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
