// random.py's real-valued distributions (uniform, triangular, gauss,
// normalvariate, expovariate...), drawing from random() as CPython does.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension MersenneTwister {
    // MARK: - Real-valued distributions

    /// `random.uniform(a, b)`: `a + (b - a) * random()`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * random()
    }

    /// `random.triangular(low, high, mode)` (`mode` nil for the midpoint).
    public mutating func triangular(low: Double = 0.0, high: Double = 1.0, mode: Double? = nil) -> Double {
        var u = random()
        var c = 0.5
        if let mode {
            // CPython catches the ZeroDivisionError of a zero-width range.
            if high - low == 0 { return low }
            c = (mode - low) / (high - low)
        }
        var low = low, high = high
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&low, &high)
        }
        return low + (high - low) * (u * c).squareRoot()
    }

    /// `random.expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
    public mutating func expovariate(_ lambd: Double = 1.0) throws(RandomError) -> Double {
        let x = -log(1.0 - random())
        guard lambd != 0 else { throw .zeroDivisionError("float division by zero") }
        return x / lambd
    }

    /// `random.normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method,
    /// as `random.py` has it.
    public mutating func normalvariate(mu: Double = 0.0, sigma: Double = 1.0) -> Double {
        let magic = 4 * exp(-0.5) / (2.0).squareRoot()  // NV_MAGICCONST
        var z: Double
        while true {
            let u1 = random()
            let u2 = 1.0 - random()
            z = magic * (u1 - 0.5) / u2
            let zz = z * z / 4.0
            if zz <= -log(u2) { break }
        }
        return mu + z * sigma
    }

    /// `random.gauss(mu, sigma)`: Box–Muller, returning the pair's second value
    /// on the next call (through `gaussNext`), as `random.py` does.
    public mutating func gauss(mu: Double = 0.0, sigma: Double = 1.0) -> Double {
        var z: Double
        if let next = gaussNext {
            z = next
            gaussNext = nil
        } else {
            let twoPi = 6.283185307179586  // math.tau
            let x2pi = random() * twoPi
            let g2rad = (-2.0 * log(1.0 - random())).squareRoot()
            z = cos(x2pi) * g2rad
            gaussNext = sin(x2pi) * g2rad
        }
        return mu + z * sigma
    }
}
