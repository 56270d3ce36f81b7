// ScalarWriter: builds a String from Unicode scalars by appending UTF-8
// bytes directly. String.UnicodeScalarView's generic append(contentsOf:)
// was the main cost of formatting, so the hot paths use this instead.

struct ScalarWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func append(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    mutating func append(contentsOf scalars: ArraySlice<Unicode.Scalar>) {
        for c in scalars { append(c) }
    }

    mutating func append(contentsOf scalars: [Unicode.Scalar]) {
        for c in scalars { append(c) }
    }

    mutating func append(contentsOf scalars: String.UnicodeScalarView) {
        bytes.append(contentsOf: String(scalars).utf8)
    }

    mutating func append(contentsOf scalars: Repeated<Unicode.Scalar>) {
        guard let c = scalars.first else { return }
        if c.isASCII {
            bytes.append(contentsOf: repeatElement(UInt8(c.value), count: scalars.count))
        } else {
            for _ in 0..<scalars.count { append(c) }
        }
    }

    mutating func append(string s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
