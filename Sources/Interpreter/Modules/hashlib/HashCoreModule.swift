// _hashcore: the compression functions of MD5, SHA-1, SHA-256 and SHA-512 in
// Swift, for Lib/hashlib.py (which keeps the buffering, padding and the
// objects' API). Written in Python they cost about 2 ms a block in the VM: a
// proof-of-work lesson hashing 60,000 nonces, or sha256 of a 10 MB bytes,
// ran for minutes where CPython (OpenSSL) takes a fraction of a second.
//
// compress(algo, state, data, k): runs the algorithm's compression function
// over every whole block of `data` (bytes, a multiple of the block size),
// starting from `state` (a list of words), and returns the new state list.
// `k` is the round-constant table hashlib.py derives once; it is read here
// once per algorithm and kept.

enum HashCoreModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_hashcore")
        m.dict["__doc__"] = .str("Compression functions for hashlib.")
        let f = PyBuiltinFunction(name: "compress") { vm, args, kw in
            guard args.count == 4, kw.isEmpty, case .object(let ao) = args[0], let algo = ao as? PyStr,
                  case .object(let dobj) = args[2], let data = dobj as? PyBytes else {
                throw PyError.typeError("compress(algo, state, data, k)")
            }
            let state = try words(vm, args[1])
            switch algo.value {
            case "md5": return wordList(md5(state.map(UInt32.init(truncatingIfNeeded:)), data.bytes, try table(vm, "md5", args[3])))
            case "sha1": return wordList(sha1(state.map(UInt32.init(truncatingIfNeeded:)), data.bytes))
            case "sha256": return wordList(sha256(state.map(UInt32.init(truncatingIfNeeded:)), data.bytes, try table(vm, "sha256", args[3])))
            case "sha512": return wordList(sha512(state, data.bytes, try table(vm, "sha512", args[3])))
            default: throw PyError.valueError("unsupported hash type \(algo.value)")
            }
        }
        f.moduleName = "_hashcore"
        m.dict["compress"] = .object(f)
        return m
    }

    nonisolated(unsafe) static var tables: [String: [UInt64]] = [:]

    static func table(_ vm: VM, _ algo: String, _ k: Value) throws -> [UInt64] {
        if let t = tables[algo] { return t }
        let t = try words(vm, k)
        tables[algo] = t
        return t
    }

    /// A list of non-negative ints below 2**64 as words.
    static func words(_ vm: VM, _ v: Value) throws -> [UInt64] {
        guard case .object(let o) = v, o.kind == .list || o.kind == .tuple else {
            throw PyError.typeError("state must be a list of ints")
        }
        let items = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
        return try items.map { item in
            switch item {
            case .int(let i) where i >= 0: return UInt64(i)
            case .object(let io) where io.kind == .bigInt:
                let b = unsafeDowncast(io, to: PyInt.self).value
                guard !b.isNegative, b.limbs.count <= 1 else { throw PyError.valueError("word out of range") }
                return b.limbs.first ?? 0
            default: throw PyError.typeError("state must be a list of ints")
            }
        }
    }

    static func wordList<W: FixedWidthInteger & UnsignedInteger>(_ ws: [W]) -> Value {
        .object(PyList(ws.map { w -> Value in
            if let i = Int(exactly: w) { return .int(i) }
            return .bigInt(BigInt(UInt64(w)))
        }))
    }

    @inline(__always) static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
    @inline(__always) static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    @inline(__always) static func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }

    /// The 16 big-endian 32-bit words of the block at `block` (SHA-1, SHA-256).
    @inline(__always) static func loadBigEndian(_ data: [UInt8], _ block: Int, into w: inout [UInt32]) {
        for i in 0..<16 {
            let p = block + 4 * i
            w[i] = UInt32(data[p]) << 24 | UInt32(data[p + 1]) << 16 | UInt32(data[p + 2]) << 8 | UInt32(data[p + 3])
        }
    }

    static let md5Shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]

    static func md5(_ start: [UInt32], _ data: [UInt8], _ k: [UInt64]) -> [UInt32] {
        var s = start
        var m = [UInt32](repeating: 0, count: 16)
        for block in stride(from: 0, to: data.count - data.count % 64, by: 64) {
            for i in 0..<16 {
                let p = block + 4 * i
                m[i] = UInt32(data[p]) | UInt32(data[p + 1]) << 8 | UInt32(data[p + 2]) << 16 | UInt32(data[p + 3]) << 24
            }
            var (a, b, c, d) = (s[0], s[1], s[2], s[3])
            for i in 0..<64 {
                var f: UInt32
                let g: Int
                switch i {
                case 0..<16: f = (b & c) | (~b & d); g = i
                case 16..<32: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
                case 32..<48: f = b ^ c ^ d; g = (3 * i + 5) % 16
                default: f = c ^ (b | ~d); g = (7 * i) % 16
                }
                f = f &+ a &+ UInt32(truncatingIfNeeded: k[i]) &+ m[g]
                a = d; d = c; c = b
                b = b &+ rotl(f, md5Shifts[(i / 16) * 4 + i % 4])
            }
            s[0] &+= a; s[1] &+= b; s[2] &+= c; s[3] &+= d
        }
        return s
    }

    static func sha1(_ start: [UInt32], _ data: [UInt8]) -> [UInt32] {
        var s = start
        var w = [UInt32](repeating: 0, count: 80)
        for block in stride(from: 0, to: data.count - data.count % 64, by: 64) {
            loadBigEndian(data, block, into: &w)
            for t in 16..<80 { w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
            var (a, b, c, d, e) = (s[0], s[1], s[2], s[3], s[4])
            for t in 0..<80 {
                let f: UInt32, k: UInt32
                switch t {
                case 0..<20: f = (b & c) | (~b & d); k = 0x5A827999
                case 20..<40: f = b ^ c ^ d; k = 0x6ED9EBA1
                case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC
                default: f = b ^ c ^ d; k = 0xCA62C1D6
                }
                let temp = rotl(a, 5) &+ f &+ e &+ k &+ w[t]
                e = d; d = c; c = rotl(b, 30); b = a; a = temp
            }
            s[0] &+= a; s[1] &+= b; s[2] &+= c; s[3] &+= d; s[4] &+= e
        }
        return s
    }

    static func sha256(_ start: [UInt32], _ data: [UInt8], _ k64: [UInt64]) -> [UInt32] {
        let k = k64.map { UInt32(truncatingIfNeeded: $0) }
        var s = start
        var w = [UInt32](repeating: 0, count: 64)
        for block in stride(from: 0, to: data.count - data.count % 64, by: 64) {
            loadBigEndian(data, block, into: &w)
            for t in 16..<64 {
                let x = w[t - 15], y = w[t - 2]
                let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
                let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7])
            for t in 0..<64 {
                let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                h = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            s[0] &+= a; s[1] &+= b; s[2] &+= c; s[3] &+= d; s[4] &+= e; s[5] &+= f; s[6] &+= g; s[7] &+= h
        }
        return s
    }

    static func sha512(_ start: [UInt64], _ data: [UInt8], _ k: [UInt64]) -> [UInt64] {
        var s = start
        var w = [UInt64](repeating: 0, count: 80)
        for block in stride(from: 0, to: data.count - data.count % 128, by: 128) {
            for i in 0..<16 {
                var x: UInt64 = 0
                for j in 0..<8 { x = x << 8 | UInt64(data[block + 8 * i + j]) }
                w[i] = x
            }
            for t in 16..<80 {
                let x = w[t - 15], y = w[t - 2]
                let s0 = rotr(x, 1) ^ rotr(x, 8) ^ (x >> 7)
                let s1 = rotr(y, 19) ^ rotr(y, 61) ^ (y >> 6)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7])
            for t in 0..<80 {
                let t1 = h &+ (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                let t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) &+ ((a & b) ^ (a & c) ^ (b & c))
                h = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            s[0] &+= a; s[1] &+= b; s[2] &+= c; s[3] &+= d; s[4] &+= e; s[5] &+= f; s[6] &+= g; s[7] &+= h
        }
        return s
    }
}
