// CPython-compatible pseudo-random numbers: the MT19937 core of `_random` and
// the derived functions of `random.py`, reproduced bit for bit for CPython 3.13.
//
// Plain Swift with no dependency on the interpreter's object model: the
// `random` module binding converts Python values to these Swift types (ints,
// doubles, index counts) and maps `RandomError` to Python exceptions. Functions
// that pick from a population work on indices (`choiceIndex`, `sampleIndices`,
// `choicesIndices`) so that the binding can apply them to lists, tuples,
// strings and ranges without materialising them.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The exception a `random` function raises in CPython, with its exact message.
public enum RandomError: Error, Equatable, Sendable {
    case valueError(String)
    case typeError(String)
    case indexError(String)
    case zeroDivisionError(String)

    /// The Python exception class name: "ValueError", "TypeError",
    /// "IndexError" or "ZeroDivisionError".
    public var pythonType: String {
        switch self {
        case .valueError: return "ValueError"
        case .typeError: return "TypeError"
        case .indexError: return "IndexError"
        case .zeroDivisionError: return "ZeroDivisionError"
        }
    }

    /// The exception's message, as `str(exc)` gives it in CPython 3.13.
    public var message: String {
        switch self {
        case .valueError(let m), .typeError(let m), .indexError(let m), .zeroDivisionError(let m): return m
        }
    }
}

/// CPython's `random.Random`: the Mersenne Twister MT19937 seeded and consumed
/// exactly as CPython 3.13 does, so that after `seed(n)` every function gives
/// the same values as `random.seed(n)` followed by the same calls in CPython.
///
/// What is reproduced:
/// - seeding: int (any sign and size, through `seed(_:)` or
///   `seed(magnitudeWords:)`; CPython uses `abs(n)`), `None` (system
///   randomness), str/bytes (version 2: the SHA-512 path), float (through its
///   Python hash);
/// - the core: `random()`, `getrandbits(k)`, `_randbelow` (the
///   `getrandbits`-based variant that `random.Random` uses);
/// - `random.py`'s derived functions: `randrange`, `randint`, `choice`,
///   `shuffle`, `sample` (both the pool and the set branch, and `counts=`),
///   `choices` (with and without weights), `uniform`, `gauss`,
///   `normalvariate`, `expovariate`, `triangular`, `randbytes`, plus
///   `getstate`/`setstate`.
///
/// Value type: copying a generator copies its state (`random.Random` objects
/// are independent generators, so each gets its own `MersenneTwister`).
public struct MersenneTwister: Sendable {
    /// Number of 32-bit words of MT19937 state (N).
    public static let stateSize = 624
    private static let shift = 397  // M
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    private var mt: [UInt32]
    private var index: Int

    /// `random.py`'s `gauss_next`: the second value of the last Box–Muller
    /// pair, returned by the next `gauss` call. Every `seed` clears it, as
    /// `Random.seed` does.
    public var gaussNext: Double?

    // MARK: - Creating and seeding

    /// A generator seeded from system randomness, like `random.Random()`.
    public init() {
        mt = [UInt32](repeating: 0, count: Self.stateSize)
        index = Self.stateSize + 1
        seed()
    }

    /// A generator seeded like `random.Random(n)`.
    public init(seed n: Int) {
        mt = [UInt32](repeating: 0, count: Self.stateSize)
        index = Self.stateSize + 1
        seed(n)
    }

    /// A generator seeded like `random.Random(n)` for a non-negative `n`
    /// given as a `UInt64` (e.g. a seed recorded for replay).
    public init(seed n: UInt64) {
        mt = [UInt32](repeating: 0, count: Self.stateSize)
        index = Self.stateSize + 1
        seed(magnitude: n)
    }

    /// `random.seed()` / `random.seed(None)`: seeds from 624 words of system
    /// randomness, as CPython does from `urandom`.
    public mutating func seed() {
        var rng = SystemRandomNumberGenerator()
        var key = [UInt32](repeating: 0, count: Self.stateSize)
        for i in key.indices { key[i] = rng.next() }
        initByArray(key)
        gaussNext = nil
    }

    /// `random.seed(n)` for an int `n` that fits in `Int`. CPython seeds with
    /// `abs(n)`, so `seed(-7)` and `seed(7)` give the same sequence.
    public mutating func seed(_ n: Int) {
        seed(magnitude: UInt64(n.magnitude))
    }

    /// `random.seed(n)` for `abs(n)` given as a `UInt64`.
    public mutating func seed(magnitude: UInt64) {
        seed(magnitudeWords: [UInt32(truncatingIfNeeded: magnitude),
                              UInt32(truncatingIfNeeded: magnitude >> 32)])
    }

    /// `random.seed(n)` for an int of any size: `words` is `abs(n)` as 32-bit
    /// words, least significant first (high zero words are ignored; an empty
    /// array means 0). This is CPython's split of the seed "into 32-bit chunks,
    /// from the right".
    public mutating func seed(magnitudeWords words: [UInt32]) {
        var used = words.count
        while used > 1 && words[used - 1] == 0 { used -= 1 }
        initByArray(used == 0 ? [0] : Array(words[0..<used]))
        gaussNext = nil
    }

    /// `random.seed(s)` for a str (version 2, the default): the seed is
    /// `int.from_bytes(s.encode() + sha512(s.encode()).digest())`.
    public mutating func seed(string: String) {
        seed(bytes: Array(string.utf8))
    }

    /// `random.seed(b)` for bytes or bytearray (version 2): the seed is
    /// `int.from_bytes(b + sha512(b).digest())`, big-endian.
    public mutating func seed(bytes: [UInt8]) {
        let all = bytes + SHA512.hash(bytes)
        // Big-endian byte string -> little-endian 32-bit words.
        var words = [UInt32](repeating: 0, count: (all.count + 3) / 4)
        for (position, byte) in all.reversed().enumerated() {
            words[position / 4] |= UInt32(byte) << (8 * UInt32(position % 4))
        }
        seed(magnitudeWords: words)
    }

    /// `random.seed(x)` for a float: CPython seeds with `hash(x)` cast to an
    /// unsigned 64-bit value (so `seed(3.0)` equals `seed(3)`, but
    /// `seed(-3.0)` does not equal `seed(-3)`). A NaN hashes by identity in
    /// CPython, so its sequence is not reproducible: it seeds from system
    /// randomness here.
    public mutating func seed(double x: Double) {
        guard let hash = pythonFloatHash(x) else {
            seed()
            return
        }
        seed(magnitude: UInt64(bitPattern: Int64(hash)))
    }

    // MARK: - State

    /// `getstate()` of `_random.Random`: the 624 state words followed by the
    /// position in them (0...624). (`random.Random.getstate` wraps this with
    /// the version 3 and `gaussNext`.)
    public func getstate() -> [UInt32] {
        mt + [UInt32(index)]
    }

    /// `setstate()` of `_random.Random`, taking what `getstate()` returns.
    public mutating func setstate(_ state: [UInt32]) throws(RandomError) {
        guard state.count == Self.stateSize + 1 else {
            throw .valueError("state vector is the wrong size")
        }
        guard state[Self.stateSize] <= UInt32(Self.stateSize) else {
            throw .valueError("invalid state")
        }
        mt = Array(state[0..<Self.stateSize])
        index = Int(state[Self.stateSize])
    }

    // MARK: - The core generator

    /// MT19937's `genrand_uint32`: the next 32 random bits.
    public mutating func nextUInt32() -> UInt32 {
        if index >= Self.stateSize { twist() }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// `random.random()`: a float in [0.0, 1.0) with 53 random bits, built from
    /// two outputs as `(a >> 5) * 2**26 + (b >> 6)` over `2**53`.
    public mutating func random() -> Double {
        let a = nextUInt32() >> 5
        let b = nextUInt32() >> 6
        return (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)` for `0 <= k <= 64`. For `k > 32` the value is
    /// made of 32-bit outputs least significant first, the last one shifted
    /// right to keep only its top bits, as CPython does.
    public mutating func getrandbits(_ k: Int) -> UInt64 {
        precondition(k >= 0 && k <= 64, "getrandbits(k) takes 0 <= k <= 64; use getrandbitsWords")
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(nextUInt32() >> UInt32(32 - k)) }
        let low = UInt64(nextUInt32())
        var high = nextUInt32()
        if k < 64 { high >>= UInt32(64 - k) }
        return low | (UInt64(high) << 32)
    }

    /// `random.getrandbits(k)` for any `k`: the value as 32-bit words, least
    /// significant first (`(k + 31) / 32` words; empty for `k == 0`). Consumes
    /// exactly the outputs CPython consumes, so it can be mixed freely with
    /// the other functions.
    public mutating func getrandbitsWords(_ k: Int) throws(RandomError) -> [UInt32] {
        guard k >= 0 else { throw .valueError("number of bits must be non-negative") }
        if k == 0 { return [] }
        if k <= 32 { return [nextUInt32() >> UInt32(32 - k)] }
        let count = (k - 1) / 32 + 1
        var words = [UInt32](repeating: 0, count: count)
        var remaining = k
        for i in 0..<count {
            var r = nextUInt32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            words[i] = r
            remaining -= 32
        }
        return words
    }

    /// `Random._randbelow(n)` (`_randbelow_with_getrandbits`): a uniform int in
    /// `0 ..< n`, drawing `n.bit_length()` bits until the value is below `n`.
    /// `n` must be positive (CPython loops forever on 0).
    public mutating func randbelow(_ n: Int) -> Int {
        precondition(n > 0, "randbelow needs n > 0")
        return Int(randbelow(UInt64(n)))
    }

    /// `Random._randbelow(n)` for `0 < n <= UInt64.max`.
    public mutating func randbelow(_ n: UInt64) -> UInt64 {
        precondition(n > 0, "randbelow needs n > 0")
        let k = UInt64.bitWidth - n.leadingZeroBitCount
        var r = getrandbits(k)
        while r >= n { r = getrandbits(k) }
        return r
    }

    /// `random.randbytes(n)`: `getrandbits(n * 8).to_bytes(n, "little")`.
    public mutating func randbytes(_ n: Int) throws(RandomError) -> [UInt8] {
        guard n >= 0 else { throw .valueError("number of bits must be non-negative") }
        let words = try getrandbitsWords(n * 8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(n)
        for i in 0..<n { bytes.append(UInt8(truncatingIfNeeded: words[i / 4] >> (8 * UInt32(i % 4)))) }
        return bytes
    }

    // MARK: - MT19937 internals

    /// `init_by_array` of MT19937 (Matsumoto and Nishimura's 2002 seeding), which
    /// CPython uses for every seed.
    private mutating func initByArray(_ key: [UInt32]) {
        let n = Self.stateSize
        precondition(!key.isEmpty)
        mt.withUnsafeMutableBufferPointer { mt in
            // init_genrand(19650218)
            mt[0] = 19_650_218
            for i in 1..<n {
                mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
            }
            var i = 1, j = 0
            for _ in 0..<max(n, key.count) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525))
                    &+ key[j] &+ UInt32(truncatingIfNeeded: j)
                i += 1
                j += 1
                if i >= n { mt[0] = mt[n - 1]; i = 1 }
                if j >= key.count { j = 0 }
            }
            for _ in 0..<(n - 1) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941))
                    &- UInt32(i)
                i += 1
                if i >= n { mt[0] = mt[n - 1]; i = 1 }
            }
            mt[0] = 0x8000_0000  // MSB set: assures a non-zero initial array
        }
        index = n
    }

    /// Regenerates the 624 state words.
    private mutating func twist() {
        let n = Self.stateSize, m = Self.shift
        mt.withUnsafeMutableBufferPointer { mt in
            @inline(__always) func mix(_ upper: UInt32, _ lower: UInt32, _ far: UInt32) -> UInt32 {
                let y = (upper & Self.upperMask) | (lower & Self.lowerMask)
                return far ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : Self.matrixA)
            }
            for k in 0..<(n - m) { mt[k] = mix(mt[k], mt[k + 1], mt[k + m]) }
            for k in (n - m)..<(n - 1) { mt[k] = mix(mt[k], mt[k + 1], mt[k + m - n]) }
            mt[n - 1] = mix(mt[n - 1], mt[0], mt[m - 1])
        }
        index = 0
    }
}

// MARK: - Python's float hash (for seed(float))

/// CPython's `hash(x)` for a float (`_Py_HashDouble`, modulus 2**61 - 1);
/// nil for a NaN, whose hash depends on the object's identity.
func pythonFloatHash(_ v: Double) -> Int? {
    if v.isNaN { return nil }
    if v.isInfinite { return v > 0 ? 314_159 : -314_159 }
    let bits: UInt64 = 61
    let modulus: UInt64 = (1 << bits) - 1
    if v == 0 { return 0 }
    // frexp: |v| = m * 2**e with 0.5 <= m < 1 (subnormals included).
    var m = v.magnitude.significand / 2
    var e = Int(v.exponent) + 1
    let sign: Int64 = v < 0 ? -1 : 1
    var x: UInt64 = 0
    while m != 0 {
        x = ((x << 28) & modulus) | x >> (bits - 28)
        m *= 268_435_456.0  // 2**28
        e -= 28
        let y = UInt64(m)  // integer part
        m -= Double(y)
        x += y
        if x >= modulus { x -= modulus }
    }
    // Reduce the exponent modulo 61.
    let shift = UInt64(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61))
    x = ((x << shift) & modulus) | x >> (bits - shift)
    var result = Int64(bitPattern: x) &* sign
    if result == -1 { result = -2 }
    return Int(result)
}
