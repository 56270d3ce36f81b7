// MersenneTwister against CPython 3.13: every expected value below was printed
// by /root/.pyenv/versions/3.13.0/bin/python3 running `random.Random(seed)`
// and the same calls in the same order.

import XCTest
@testable import Interpreter

final class RandomTests: XCTestCase {
    private let fruits = ["apple", "banana", "cherry", "date", "elderberry"]

    /// What each seed gives for the same run of calls, in this order:
    /// random() x10, randint(1, 100) x20, choice(fruits) x5, shuffle of
    /// range(20), sample(range(100), 10), randrange(0, 100, 7) x10,
    /// uniform(-2.5, 10.0) x5.
    private struct Expected {
        let seed: Int
        let random: [Double]
        let randint: [Int]
        let choice: [String]
        let shuffle: [Int]
        let sample: [Int]
        let randrange: [Int]
        let uniform: [Double]
    }

    private let expected: [Expected] = [
        Expected(
            seed: 0,
            random: [0.8444218515250481, 0.7579544029403025, 0.420571580830845, 0.25891675029296335,
                     0.5112747213686085, 0.4049341374504143, 0.7837985890347726, 0.30331272607892745,
                     0.4765969541523558, 0.5833820394550312],
            randint: [28, 65, 18, 37, 18, 97, 13, 80, 33, 69, 91, 78, 19, 40, 13, 94, 10, 88, 43, 61],
            choice: ["elderberry", "apple", "cherry", "date", "cherry"],
            shuffle: [2, 12, 10, 3, 9, 7, 5, 18, 1, 11, 16, 0, 4, 8, 13, 14, 15, 17, 6, 19],
            sample: [93, 41, 90, 8, 24, 72, 28, 30, 18, 69],
            randrange: [49, 7, 7, 35, 98, 56, 98, 49, 7, 28],
            uniform: [4.3908405761318905, 6.332017623336121, 4.343011391605297, 7.6808357911417,
                      4.25354508712905]),
        Expected(
            seed: 42,
            random: [0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275,
                     0.7364712141640124, 0.6766994874229113, 0.8921795677048454, 0.08693883262941615,
                     0.4219218196852704, 0.029797219438070344],
            randint: [28, 30, 65, 78, 4, 72, 26, 92, 84, 90, 70, 54, 29, 58, 76, 36, 1, 98, 21, 90],
            choice: ["date", "cherry", "cherry", "banana", "banana"],
            shuffle: [16, 8, 6, 17, 19, 11, 15, 1, 7, 0, 4, 9, 14, 13, 5, 18, 12, 2, 3, 10],
            sample: [73, 24, 90, 8, 5, 84, 29, 98, 37, 10],
            randrange: [91, 21, 91, 7, 42, 28, 49, 70, 91, 35],
            uniform: [-0.4668237855489399, 1.9408837528440186, 5.877189679721168, 6.272753918231892,
                      6.04434581920834]),
        Expected(
            seed: -7,
            random: [0.32383276483316237, 0.15084917392450192, 0.6509344730398537, 0.07243628666754276,
                     0.5358820043066892, 0.36568891691258554, 0.057998924774706806, 0.5074357331894203,
                     0.03749565844198488, 0.4336456836623859],
            randint: [9, 31, 12, 71, 55, 8, 73, 16, 29, 81, 81, 75, 8, 74, 75, 51, 7, 29, 6, 72],
            choice: ["banana", "cherry", "date", "banana", "elderberry"],
            shuffle: [12, 2, 11, 7, 6, 0, 4, 13, 8, 1, 16, 15, 10, 14, 17, 19, 5, 9, 18, 3],
            sample: [99, 40, 59, 74, 58, 46, 38, 31, 23, 89],
            randrange: [84, 21, 7, 63, 28, 56, 49, 98, 35, 77],
            uniform: [3.1104273803474154, 5.111987737955045, -1.5849891567541496, 3.8991603830943644,
                      -0.4379737044553349]),
        Expected(
            seed: (1 << 40) + 3,
            random: [0.21978710637116716, 0.5494687768352203, 0.09461190973523603, 0.9814015277038539,
                     0.9029950700508493, 0.7740658553386074, 0.23418433570332553, 0.5568055999257219,
                     0.7411777923231427, 0.25922585779041674],
            randint: [76, 40, 33, 61, 43, 70, 97, 48, 13, 5, 72, 59, 16, 64, 9, 4, 47, 14, 34, 27],
            choice: ["elderberry", "banana", "cherry", "date", "banana"],
            shuffle: [19, 4, 14, 5, 11, 6, 3, 13, 16, 1, 12, 17, 18, 8, 10, 2, 7, 0, 15, 9],
            sample: [10, 94, 18, 91, 37, 42, 39, 27, 55, 65],
            randrange: [70, 7, 56, 42, 84, 70, 35, 70, 84, 84],
            uniform: [3.803401464765818, 6.543898948826268, -1.134084027585618, 7.40307688352727,
                      -1.398587659794894]),
    ]

    func testSequencesMatchCPython() throws {
        for e in expected {
            var g = MersenneTwister(seed: e.seed)
            XCTAssertEqual((0..<10).map { _ in g.random() }, e.random, "random() after seed(\(e.seed))")
            XCTAssertEqual(try (0..<20).map { _ in try g.randint(1, 100) }, e.randint,
                           "randint after seed(\(e.seed))")
            XCTAssertEqual(try (0..<5).map { _ in try g.choice(fruits) }, e.choice, "choice after seed(\(e.seed))")
            var x = Array(0..<20)
            g.shuffle(&x)
            XCTAssertEqual(x, e.shuffle, "shuffle after seed(\(e.seed))")
            XCTAssertEqual(try g.sample(Array(0..<100), k: 10), e.sample, "sample after seed(\(e.seed))")
            XCTAssertEqual(try (0..<10).map { _ in try g.randrange(0, 100, 7) }, e.randrange,
                           "randrange after seed(\(e.seed))")
            XCTAssertEqual((0..<5).map { _ in g.uniform(-2.5, 10.0) }, e.uniform, "uniform after seed(\(e.seed))")
        }
    }

    func testNegativeSeedUsesAbsoluteValue() {
        var a = MersenneTwister(seed: -7)
        var b = MersenneTwister(seed: 7)
        XCTAssertEqual((0..<100).map { _ in a.nextUInt32() }, (0..<100).map { _ in b.nextUInt32() })
        var c = MersenneTwister(seed: Int.min)  // abs(-2**63) does not fit in Int
        var d = MersenneTwister(seed: 0)
        d.seed(magnitudeWords: [0, 0x8000_0000])
        XCTAssertEqual(c.random(), d.random())
    }

    func testSeedZeroState() {
        // random.Random(0).getstate()[1]: first words and the position.
        let state = MersenneTwister(seed: 0).getstate()
        XCTAssertEqual(Array(state.prefix(3)), [2_147_483_648, 766_982_754, 497_961_170])
        XCTAssertEqual(state.last, 624)
        XCTAssertEqual(state.count, 625)
    }

    func testBigIntSeedWords() {
        // seed(2**40 + 3) given as words equals seed(Int); high zero words are ignored.
        var a = MersenneTwister(seed: (1 << 40) + 3)
        var b = MersenneTwister(seed: 0)
        b.seed(magnitudeWords: [3, 256, 0, 0])
        XCTAssertEqual(a.random(), b.random())
        XCTAssertEqual(b.random(), 0.5494687768352203)
    }

    func testGetrandbits() throws {
        // random.Random(12345): getrandbits(1, 7, 32, 33, 64), then hex(getrandbits(100)).
        var g = MersenneTwister(seed: 12345)
        XCTAssertEqual([1, 7, 32, 33, 64].map { g.getrandbits($0) },
                       [0, 93, 43_676_229, 7_817_590_892, 5_508_932_873_585_391_847])
        // 0x3ee8971105e503a67daea58ba, least significant word first.
        XCTAssertEqual(try g.getrandbitsWords(100), [0xdaea58ba, 0x5e503a67, 0xee897110, 0x3])
        XCTAssertEqual(try g.getrandbitsWords(0), [])
        XCTAssertThrowsError(try g.getrandbitsWords(-1)) { error in
            XCTAssertEqual(error as? RandomError, .valueError("number of bits must be non-negative"))
        }
    }

    func testStringAndFloatSeeds() {
        var s = MersenneTwister(seed: 0)
        s.seed(string: "scopewalk")  // the SHA-512 path
        XCTAssertEqual(s.random(), 0.06990804892001978)
        XCTAssertEqual(try s.randint(1, 6), 1)

        var f = MersenneTwister(seed: 0)
        f.seed(double: 2.5)  // seeds with hash(2.5)
        XCTAssertEqual(f.random(), 0.41877545666909954)
        f.seed(double: 3.0)  // hash(3.0) == 3
        XCTAssertEqual(f.random(), 0.23796462709189137)
        var i = MersenneTwister(seed: 3)
        XCTAssertEqual(i.random(), 0.23796462709189137)

        XCTAssertEqual(pythonFloatHash(2.5), 1_152_921_504_606_846_978)
        XCTAssertEqual(pythonFloatHash(-1.0), -2)
        XCTAssertEqual(pythonFloatHash(.infinity), 314_159)
        XCTAssertNil(pythonFloatHash(.nan))
    }

    func testGaussAndChoices() throws {
        var g = MersenneTwister(seed: 7)
        XCTAssertEqual((0..<3).map { _ in g.gauss(mu: 0, sigma: 1) },
                       [-0.2558802884476004, 0.511431512516514, -0.2260961647831047])

        // random.Random(99): choices("abcde", k=6), choices("abc", [1, 0, 3], k=6),
        // choices("abc", cum_weights=[0.5, 0.5, 2.0], k=4).
        var c = MersenneTwister(seed: 99)
        let letters = Array("abcde")
        XCTAssertEqual(try c.choicesIndices(count: 5, k: 6).map { letters[$0] }, Array("cbabdb"))
        XCTAssertEqual(try c.choicesIndices(count: 3, weights: [1, 0, 3], k: 6).map { letters[$0] },
                       Array("cccccc"))
        XCTAssertEqual(try c.choicesIndices(count: 3, cumWeights: [0.5, 0.5, 2.0], k: 4).map { letters[$0] },
                       Array("cacc"))
        XCTAssertThrowsError(try c.choicesIndices(count: 2, weights: [1], k: 1)) { error in
            XCTAssertEqual(error as? RandomError,
                           .valueError("The number of weights does not match the population"))
        }
    }

    func testOtherDistributionsAndRandbytes() throws {
        // random.Random(11): triangular(1, 5, 2), expovariate(0.5),
        // normalvariate(10, 3), randbytes(6).
        var g = MersenneTwister(seed: 11)
        XCTAssertEqual(g.triangular(low: 1, high: 5, mode: 2), 2.436516948001767)
        XCTAssertEqual(try g.expovariate(0.5), 1.6409267629261928)
        XCTAssertEqual(g.normalvariate(mu: 10, sigma: 3), 14.085777857160977)
        XCTAssertEqual(try g.randbytes(6), [189, 226, 1, 130, 228, 218])
        XCTAssertThrowsError(try g.expovariate(0)) { error in
            XCTAssertEqual(error as? RandomError, .zeroDivisionError("float division by zero"))
        }
    }

    func testSampleBranches() throws {
        // random.Random(5): sample(range(10**9), 8) (set branch),
        // sample(range(30), 6) (pool branch), sample("ABCD", 2, counts=[1, 2, 0, 3]).
        var g = MersenneTwister(seed: 5)
        XCTAssertEqual(try g.sampleIndices(populationSize: 1_000_000_000, k: 8),
                       [668_835_601, 274_281_998, 796_487_718, 384_974_575,
                        853_832_589, 741_361_655, 903_565_516, 794_460_042])
        XCTAssertEqual(try g.sampleIndices(populationSize: 30, k: 6), [20, 16, 0, 26, 14, 24])
        let abcd = Array("ABCD")
        XCTAssertEqual(try g.sampleIndices(counts: [1, 2, 0, 3], k: 2).map { abcd[$0] }, Array("BA"))
        XCTAssertEqual(MersenneTwister.sampleSetSize(5), 21)
        XCTAssertEqual(MersenneTwister.sampleSetSize(6), 21 + 64)
        XCTAssertEqual(MersenneTwister.sampleSetSize(10), 21 + 64)
    }

    func testErrorMessagesMatchCPython() {
        var g = MersenneTwister(seed: 1)
        func message(_ body: () throws -> Void) -> String? {
            do {
                try body()
                return nil
            } catch let error as RandomError {
                return "\(error.pythonType): \(error.message)"
            } catch {
                return "unexpected \(error)"
            }
        }
        XCTAssertEqual(message { _ = try g.randrange(1, 1) }, "ValueError: empty range in randrange(1, 1)")
        XCTAssertEqual(message { _ = try g.randrange(5, 1) }, "ValueError: empty range in randrange(5, 1)")
        XCTAssertEqual(message { _ = try g.randrange(0, 10, -2) },
                       "ValueError: empty range in randrange(0, 10, -2)")
        XCTAssertEqual(message { _ = try g.randrange(0, 10, 0) }, "ValueError: zero step for randrange()")
        XCTAssertEqual(message { _ = try g.randrange(0) }, "ValueError: empty range for randrange()")
        XCTAssertEqual(message { _ = try g.randint(5, 3) }, "ValueError: empty range in randrange(5, 4)")
        XCTAssertEqual(message { _ = try g.choice([Int]()) }, "IndexError: Cannot choose from an empty sequence")
        XCTAssertEqual(message { _ = try g.sampleIndices(populationSize: 3, k: 4) },
                       "ValueError: Sample larger than population or is negative")
    }

    func testExtremeRanges() throws {
        var g = MersenneTwister(seed: 3)
        for _ in 0..<100 {
            _ = try g.randint(Int.min, Int.max)  // width 2**64: 65-bit draws
            let v = try g.randrange(Int.max, Int.min, -5)
            XCTAssertEqual((Int128(Int.max) - Int128(v)) % 5, 0)
        }
    }

    func testStateRoundTripAndUnseededGenerators() throws {
        var g = MersenneTwister(seed: 2024)
        _ = g.random()
        let saved = g.getstate()
        let next = (0..<700).map { _ in g.nextUInt32() }
        try g.setstate(saved)
        XCTAssertEqual((0..<700).map { _ in g.nextUInt32() }, next)
        XCTAssertThrowsError(try g.setstate([1, 2, 3]))

        var a = MersenneTwister()
        var b = MersenneTwister()
        XCTAssertNotEqual((0..<4).map { _ in a.nextUInt32() }, (0..<4).map { _ in b.nextUInt32() })
    }
}
