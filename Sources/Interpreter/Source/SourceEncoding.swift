// Where a source file stops being UTF-8, for CPython's "Non-UTF-8 code
// starting with '\xNN'" error.

public enum SourceEncoding {
    /// The offset of the first byte that starts an invalid UTF-8 sequence
    /// (bytes.count when all are valid).
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < bytes.count else { return i }
            if bytes[i + 1] < lo || bytes[i + 1] > hi { return i }
            for k in 2...max(2, need) where k <= need {
                if bytes[i + k] & 0xC0 != 0x80 { return i }
            }
            i += need + 1
        }
        return bytes.count
    }
}
