// random.py's integer and sequence functions on top of the MT19937 core:
// randrange, randint, choice, shuffle, sample and choices, consuming the
// generator exactly as CPython 3.13 does.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension MersenneTwister {
    // MARK: - Integers

    /// `random.randrange(stop)`.
    public mutating func randrange(_ stop: Int) throws(RandomError) -> Int {
        guard stop > 0 else { throw .valueError("empty range for randrange()") }
        return randbelow(stop)
    }

    /// `random.randrange(start, stop[, step])`, with CPython 3.13's messages:
    /// "empty range in randrange(1, 1)", "empty range in randrange(0, 10, -1)",
    /// "zero step for randrange()". (The messages show the arguments as the
    /// decimal ints; CPython formats the original objects, which differs only
    /// for bools and int subclasses.)
    public mutating func randrange(_ start: Int, _ stop: Int, _ step: Int = 1) throws(RandomError) -> Int {
        Int(try randrangeWide(Int128(start), Int128(stop), Int128(step)))
    }

    /// `random.randint(a, b)`: `randrange(a, b + 1)` (so an empty range reports
    /// "empty range in randrange(a, b+1)", as CPython does).
    public mutating func randint(_ a: Int, _ b: Int) throws(RandomError) -> Int {
        Int(try randrangeWide(Int128(a), Int128(b) + 1, 1))
    }

    /// `randrange` on 128-bit arguments, so that widths up to `2 * Int.max`
    /// and `randint(a, Int.max)` work without overflow. The result lies in
    /// the range, so it fits in `Int` whenever start and stop do.
    private mutating func randrangeWide(_ start: Int128, _ stop: Int128, _ step: Int128) throws(RandomError) -> Int128 {
        let width = stop - start
        if step == 1 {
            guard width > 0 else { throw .valueError("empty range in randrange(\(start), \(stop))") }
            return start + Int128(randbelow(UInt128(width)))
        }
        let n: Int128
        if step > 0 {
            n = floorDiv(width + step - 1, step)
        } else if step < 0 {
            n = floorDiv(width + step + 1, step)
        } else {
            throw .valueError("zero step for randrange()")
        }
        guard n > 0 else {
            throw .valueError("empty range in randrange(\(start), \(stop), \(step))")
        }
        return start + step * Int128(randbelow(UInt128(n)))
    }

    /// `Random._randbelow(n)` for `0 < n <= UInt128.max` (randrange on Int
    /// arguments needs up to 2**64, e.g. `randint(Int.min, Int.max)`).
    public mutating func randbelow(_ n: UInt128) -> UInt128 {
        precondition(n > 0, "randbelow needs n > 0")
        if n <= UInt128(UInt64.max) { return UInt128(randbelow(UInt64(n))) }
        let k = UInt128.bitWidth - n.leadingZeroBitCount
        var r: UInt128
        repeat {
            r = 0
            // getrandbits(k) for 64 < k <= 128: words least significant first.
            for (i, word) in ((try? getrandbitsWords(k)) ?? []).enumerated() {
                r |= UInt128(word) << (32 * i)
            }
        } while r >= n
        return r
    }

    private func floorDiv(_ a: Int128, _ b: Int128) -> Int128 {
        let q = a / b
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
    }

    // MARK: - Sequences

    /// The index `random.choice(seq)` picks for a sequence of length `count`:
    /// `_randbelow(count)`. Throws CPython's IndexError for an empty sequence.
    public mutating func choiceIndex(count: Int) throws(RandomError) -> Int {
        guard count > 0 else { throw .indexError("Cannot choose from an empty sequence") }
        return randbelow(count)
    }

    /// `random.choice(seq)` for a Swift collection.
    public mutating func choice<C: Collection>(_ collection: C) throws(RandomError) -> C.Element {
        let i = try choiceIndex(count: collection.count)
        return collection[collection.index(collection.startIndex, offsetBy: i)]
    }

    /// `random.shuffle(x)`: Fisher–Yates from the end, as `random.py` does it:
    /// for i in reversed(range(1, len(x))): swap x[i] with x[_randbelow(i+1)].
    public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ x: inout C) {
        let n = x.count
        guard n > 1 else { return }
        for i in stride(from: n - 1, through: 1, by: -1) {
            let j = randbelow(i + 1)
            x.swapAt(x.index(x.startIndex, offsetBy: i), x.index(x.startIndex, offsetBy: j))
        }
    }

    /// The indices `random.sample(population, k)` selects from a population of
    /// `populationSize` items, in selection order. Follows `random.py`: the
    /// pool algorithm when the population is small compared to the set that
    /// tracking k selections would need, else rejection with a set.
    public mutating func sampleIndices(populationSize n: Int, k: Int) throws(RandomError) -> [Int] {
        guard k >= 0 && k <= n else {
            throw .valueError("Sample larger than population or is negative")
        }
        var result = [Int]()
        result.reserveCapacity(k)
        if n <= Self.sampleSetSize(k) {
            // An n-length list is smaller than a k-length set.
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            selected.reserveCapacity(k)
            for _ in 0..<k {
                var j = randbelow(n)
                while selected.contains(j) { j = randbelow(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }

    /// `random.sample(population, k=k, counts=counts)`: the indices into the
    /// population (each index repeated by its count) of the selected items.
    /// `counts.count` must equal the population's length (the binding raises
    /// "The number of counts does not match the population" otherwise).
    public mutating func sampleIndices(counts: [Int], k: Int) throws(RandomError) -> [Int] {
        var cumulative = [Int]()
        cumulative.reserveCapacity(counts.count)
        var running = 0
        for c in counts {
            running += c
            cumulative.append(running)
        }
        guard let total = cumulative.popLast() else {
            throw .indexError("pop from empty list")
        }
        guard total > 0 else { throw .valueError("Total of counts must be greater than zero") }
        let selections = try sampleIndices(populationSize: total, k: k)
        return selections.map { Self.bisectRight(cumulative, $0, 0, cumulative.count) }
    }

    /// `random.sample(population, k)` for a Swift array.
    public mutating func sample<T>(_ population: [T], k: Int) throws(RandomError) -> [T] {
        try sampleIndices(populationSize: population.count, k: k).map { population[$0] }
    }

    /// `random.py`'s `setsize`: 21, plus `4 ** ceil(log(k * 3, 4))` when k > 5.
    static func sampleSetSize(_ k: Int) -> Int {
        var setsize = 21
        if k > 5 {
            // math.log(k * 3, 4) is log(float(k * 3)) / log(4.0).
            let (triple, overflow) = k.multipliedReportingOverflow(by: 3)
            if overflow { return Int.max }
            let exponent = (log(Double(triple)) / log(4.0)).rounded(.up)
            if exponent > 31 { return Int.max }  // 4**32 does not fit in Int
            setsize += 1 << (2 * Int(exponent))
        }
        return setsize
    }

    /// The indices `random.choices(population, weights, cum_weights=, k=)`
    /// picks from a population of `count` items (with replacement).
    /// Without weights: `floor(random() * count)` each (so with `count == 0`
    /// and `k > 0` it returns index 0, which the caller's indexing turns into
    /// CPython's IndexError). With weights: cumulative weights, then
    /// `bisect(cum_weights, random() * total, 0, count - 1)`.
    /// Int weights are exact as doubles up to 2**53, as in CPython's
    /// float/int comparisons.
    public mutating func choicesIndices(count n: Int, weights: [Double]? = nil,
                                        cumWeights: [Double]? = nil, k: Int) throws(RandomError) -> [Int] {
        let cum: [Double]
        if let cumWeights {
            if weights != nil {
                throw .typeError("Cannot specify both weights and cumulative weights")
            }
            cum = cumWeights
        } else if let weights {
            var acc = [Double]()
            acc.reserveCapacity(weights.count)
            var running = 0.0
            for (i, w) in weights.enumerated() {
                running = i == 0 ? w : running + w
                acc.append(running)
            }
            cum = acc
        } else {
            let count = Double(n)
            return (0..<max(k, 0)).map { _ in Int((random() * count).rounded(.down)) }
        }
        guard cum.count == n else {
            throw .valueError("The number of weights does not match the population")
        }
        guard let last = cum.last else { throw .indexError("list index out of range") }
        let total = last + 0.0
        guard total > 0.0 else { throw .valueError("Total of weights must be greater than zero") }
        guard total.isFinite else { throw .valueError("Total of weights must be finite") }
        let hi = n - 1
        return (0..<max(k, 0)).map { _ in Self.bisectRight(cum, random() * total, 0, hi) }
    }

    /// `bisect.bisect_right(a, x, lo, hi)`.
    static func bisectRight<T: Comparable>(_ a: [T], _ x: T, _ lo: Int, _ hi: Int) -> Int {
        var lo = lo, hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if x < a[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
