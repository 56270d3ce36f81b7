#if canImport(Glibc)
import Glibc
#endif
// str: an immutable Swift String plus a lazily built array of Unicode
// scalars, because Python indexes strings by code point.

public class PyStr: PyObject {
    public let value: String
    private var _scalars: [Unicode.Scalar]?
    private var _hash: Int?

    /// len() once counted (counting a long string's code points walks all of it).
    private var _length: Int?

    public init(_ value: String) {
        self.value = value
        super.init(kind: .str)
    }

    /// A string whose code point count is already known.
    public init(_ value: String, length: Int) {
        self.value = value
        _length = length
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
        if let n = _length { return n }
        if let s = _scalars { return s.count }
        let n = value.unicodeScalars.count
        _length = n
        return n
    }

    /// FNV-1a over the UTF-8 bytes with a final avalanche: a few ns for a
    /// short key, where Swift's seeded SipHash (String.hashValue) costs tens.
    /// (Python randomizes str hashes per run, so no program can rely on them.)
    public var hashValueCached: Int {
        if let h = _hash { return h }
        var x: UInt64 = 0xcbf2_9ce4_8422_2325
        var v = value
        v.withUTF8 { bytes in
            for b in bytes { x = (x ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        var h = Int(bitPattern: UInt(x))
        if h == -1 { h = -2 }
        _hash = h
        return h
    }

    /// Python's str order (by code point) as -1, 0, 1: UTF-8 byte order is
    /// code point order.
    static func compareText(_ a: PyStr, _ b: PyStr) -> Int {
        if a === b { return 0 }
        let r = a.value.utf8.withContiguousStorageIfAvailable { bx in
            b.value.utf8.withContiguousStorageIfAvailable { by in compareBytes(bx, by) }
        }
        if let c = r ?? nil { return c }
        var x = a.value, y = b.value
        return x.withUTF8 { bx in y.withUTF8 { by in compareBytes(bx, by) } }
    }

    @inline(__always)
    private static func compareBytes(_ bx: UnsafeBufferPointer<UInt8>, _ by: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(bx.count, by.count)
        let c = n == 0 ? 0 : memcmp(bx.baseAddress!, by.baseAddress!, n)
        if c != 0 { return c < 0 ? -1 : 1 }
        return bx.count < by.count ? -1 : (bx.count > by.count ? 1 : 0)
    }

    /// Same code points (Python's str ==): byte equality of the UTF-8.
    @inline(__always)
    static func sameText(_ a: PyStr, _ b: PyStr) -> Bool {
        if a === b { return true }
        if let ha = a._hash, let hb = b._hash, ha != hb { return false }
        let r = a.value.utf8.withContiguousStorageIfAvailable { bx in
            b.value.utf8.withContiguousStorageIfAvailable { by in
                bx.count == by.count && (bx.count == 0 || memcmp(bx.baseAddress!, by.baseAddress!, bx.count) == 0)
            }
        }
        if let eq = r ?? nil { return eq }
        var x = a.value, y = b.value
        if x.utf8.count != y.utf8.count { return false }
        return x.withUTF8 { bx in y.withUTF8 { by in
            bx.count == 0 || memcmp(bx.baseAddress!, by.baseAddress!, bx.count) == 0
        } }
    }

    static func fromScalars<S: Sequence>(_ s: S) -> PyStr where S.Element == Unicode.Scalar {
        // UTF-8 written directly (ScalarWriter): UnicodeScalarView's append
        // was most of the cost of slicing and building strings.
        var w = ScalarWriter(capacity: s.underestimatedCount)
        var n = 0
        for c in s { w.append(c); n &+= 1 }
        return PyStr(w.string, length: n)
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

/// `text * count` as UTF-8 bytes copied by doubling: Swift's
/// String(repeating:count:) appends piece by piece (33 s for 'a' * 10**9,
/// where CPython takes under one).
func repeatedText(_ text: String, _ count: Int, bytes total: Int) -> String {
    var unit = text
    return unit.withUTF8 { piece in
        String(unsafeUninitializedCapacity: total) { buf in
            guard let base = buf.baseAddress, let src = piece.baseAddress, total > 0 else { return 0 }
            base.update(from: src, count: piece.count)
            var filled = piece.count
            while filled < total {
                let n = min(filled, total - filled)
                (base + filled).update(from: base, count: n)
                filled += n
            }
            return total
        }
    }
}

/// String(repeating:count:) without its cost on long results (padding to a
/// width of 10**8 took 35 s): short ones as before, long ones by doubling.
func repeatString(_ text: String, count: Int) -> String {
    if count <= 0 || text.isEmpty { return "" }
    if count < 64 { return String(repeating: text, count: count) }
    return repeatedText(text, count, bytes: text.utf8.count * count)
}

func repeatString(_ c: Character, count: Int) -> String {
    repeatString(String(c), count: count)
}
