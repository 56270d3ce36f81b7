// json's string quoting over UTF-8 bytes: the common string (no character
// that ensure_ascii must escape) is copied byte by byte with the JSON
// escapes, instead of appending scalar by scalar to a String.

extension JsonSpeedups {
    private static let hexBytes: [UInt8] = Array("0123456789abcdef".utf8)

    /// The quoted string, or nil when a non-ASCII character must become a
    /// \uXXXX escape (then `quote` takes the scalar path).
    static func quoteBytes(_ s: String, asciiOnly: Bool) -> String? {
        var src = s
        return src.withUTF8 { bytes -> String? in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 2)
            out.append(0x22)
            for b in bytes {
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x08: out.append(0x5C); out.append(0x62)
                case 0x0C: out.append(0x5C); out.append(0x66)
                default:
                    if b < 0x20 {
                        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexBytes[Int(b >> 4)], hexBytes[Int(b & 0xF)]])
                    } else if b >= 0x7F && asciiOnly {
                        // DEL and non-ASCII: ensure_ascii escapes them (DEL as CPython: > 0x7E).
                        return nil
                    } else {
                        out.append(b)
                    }
                }
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }
}
