// The special-value tables of the cmath functions: the C99 Annex G result
// for each kind of real and imaginary part when either is infinite or NaN.
// Rows are the kind of the real part, columns the kind of the imaginary
// part, in the order -inf, negative, -0, +0, positive, +inf, nan. Entries
// for finite pairs are never read (the functions compute those). These are
// 3.13's tables (3.14 changed a few NaN entries).

import Foundation

enum CmathSpecial {
    /// The row/column of a double.
    static func kind(_ d: Double) -> Int {
        if d.isFinite {
            if d != 0 { return d.sign == .plus ? 4 : 1 }
            return d.sign == .plus ? 3 : 2
        }
        if d.isNaN { return 6 }
        return d.sign == .plus ? 5 : 0
    }

    static func lookup(_ table: [[(Double, Double)]], _ z: ComplexNumber) -> ComplexNumber {
        let e = table[kind(z.re)][kind(z.im)]
        return ComplexNumber(e.0, e.1)
    }

    private static let P = Double.pi, P14 = 0.25 * Double.pi, P12 = 0.5 * Double.pi, P34 = 0.75 * Double.pi
    private static let I = Double.infinity, N = Double.nan
    /// Placeholder for the finite cells.
    private static let U = (0.0, 0.0)

    static let acos: [[(Double, Double)]] = [
        [(P34, I), (P, I), (P, I), (P, -I), (P, -I), (P34, -I), (N, I)],
        [(P12, I), U, U, U, U, (P12, -I), (N, N)],
        [(P12, I), U, (P12, 0.0), (P12, -0.0), U, (P12, -I), (P12, N)],
        [(P12, I), U, (P12, 0.0), (P12, -0.0), U, (P12, -I), (P12, N)],
        [(P12, I), U, U, U, U, (P12, -I), (N, N)],
        [(P14, I), (0.0, I), (0.0, I), (0.0, -I), (0.0, -I), (P14, -I), (N, I)],
        [(N, I), (N, N), (N, N), (N, N), (N, N), (N, -I), (N, N)],
    ]

    static let acosh: [[(Double, Double)]] = [
        [(I, -P34), (I, -P), (I, -P), (I, P), (I, P), (I, P34), (I, N)],
        [(I, -P12), U, U, U, U, (I, P12), (N, N)],
        [(I, -P12), U, (0.0, -P12), (0.0, P12), U, (I, P12), (N, N)],
        [(I, -P12), U, (0.0, -P12), (0.0, P12), U, (I, P12), (N, N)],
        [(I, -P12), U, U, U, U, (I, P12), (N, N)],
        [(I, -P14), (I, -0.0), (I, -0.0), (I, 0.0), (I, 0.0), (I, P14), (I, N)],
        [(I, N), (N, N), (N, N), (N, N), (N, N), (I, N), (N, N)],
    ]

    static let asinh: [[(Double, Double)]] = [
        [(-I, -P14), (-I, -0.0), (-I, -0.0), (-I, 0.0), (-I, 0.0), (-I, P14), (-I, N)],
        [(-I, -P12), U, U, U, U, (-I, P12), (N, N)],
        [(-I, -P12), U, (-0.0, -0.0), (-0.0, 0.0), U, (-I, P12), (N, N)],
        [(I, -P12), U, (0.0, -0.0), (0.0, 0.0), U, (I, P12), (N, N)],
        [(I, -P12), U, U, U, U, (I, P12), (N, N)],
        [(I, -P14), (I, -0.0), (I, -0.0), (I, 0.0), (I, 0.0), (I, P14), (I, N)],
        [(I, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (I, N), (N, N)],
    ]

    static let atanh: [[(Double, Double)]] = [
        [(-0.0, -P12), (-0.0, -P12), (-0.0, -P12), (-0.0, P12), (-0.0, P12), (-0.0, P12), (-0.0, N)],
        [(-0.0, -P12), U, U, U, U, (-0.0, P12), (N, N)],
        [(-0.0, -P12), U, (-0.0, -0.0), (-0.0, 0.0), U, (-0.0, P12), (-0.0, N)],
        [(0.0, -P12), U, (0.0, -0.0), (0.0, 0.0), U, (0.0, P12), (0.0, N)],
        [(0.0, -P12), U, U, U, U, (0.0, P12), (N, N)],
        [(0.0, -P12), (0.0, -P12), (0.0, -P12), (0.0, P12), (0.0, P12), (0.0, P12), (0.0, N)],
        [(0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N)],
    ]

    static let cosh: [[(Double, Double)]] = [
        [(I, N), U, (I, 0.0), (I, -0.0), U, (I, N), (I, N)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(N, 0.0), U, (1.0, 0.0), (1.0, -0.0), U, (N, 0.0), (N, 0.0)],
        [(N, 0.0), U, (1.0, -0.0), (1.0, 0.0), U, (N, 0.0), (N, 0.0)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(I, N), U, (I, -0.0), (I, 0.0), U, (I, N), (I, N)],
        [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
    ]

    static let exp: [[(Double, Double)]] = [
        [(0.0, 0.0), U, (0.0, -0.0), (0.0, 0.0), U, (0.0, 0.0), (0.0, 0.0)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(N, N), U, (1.0, -0.0), (1.0, 0.0), U, (N, N), (N, N)],
        [(N, N), U, (1.0, -0.0), (1.0, 0.0), U, (N, N), (N, N)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(I, N), U, (I, -0.0), (I, 0.0), U, (I, N), (I, N)],
        [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
    ]

    static let log: [[(Double, Double)]] = [
        [(I, -P34), (I, -P), (I, -P), (I, P), (I, P), (I, P34), (I, N)],
        [(I, -P12), U, U, U, U, (I, P12), (N, N)],
        [(I, -P12), U, (-I, -P), (-I, P), U, (I, P12), (N, N)],
        [(I, -P12), U, (-I, -0.0), (-I, 0.0), U, (I, P12), (N, N)],
        [(I, -P12), U, U, U, U, (I, P12), (N, N)],
        [(I, -P14), (I, -0.0), (I, -0.0), (I, 0.0), (I, 0.0), (I, P14), (I, N)],
        [(I, N), (N, N), (N, N), (N, N), (N, N), (I, N), (N, N)],
    ]

    static let sinh: [[(Double, Double)]] = [
        [(I, N), U, (-I, -0.0), (-I, 0.0), U, (I, N), (I, N)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(0.0, N), U, (-0.0, -0.0), (-0.0, 0.0), U, (0.0, N), (0.0, N)],
        [(0.0, N), U, (0.0, -0.0), (0.0, 0.0), U, (0.0, N), (0.0, N)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(I, N), U, (I, -0.0), (I, 0.0), U, (I, N), (I, N)],
        [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
    ]

    static let sqrt: [[(Double, Double)]] = [
        [(I, -I), (0.0, -I), (0.0, -I), (0.0, I), (0.0, I), (I, I), (N, I)],
        [(I, -I), U, U, U, U, (I, I), (N, N)],
        [(I, -I), U, (0.0, -0.0), (0.0, 0.0), U, (I, I), (N, N)],
        [(I, -I), U, (0.0, -0.0), (0.0, 0.0), U, (I, I), (N, N)],
        [(I, -I), U, U, U, U, (I, I), (N, N)],
        [(I, -I), (I, -0.0), (I, -0.0), (I, 0.0), (I, 0.0), (I, I), (I, N)],
        [(I, -I), (N, N), (N, N), (N, N), (N, N), (I, I), (N, N)],
    ]

    static let tanh: [[(Double, Double)]] = [
        [(-1.0, 0.0), U, (-1.0, -0.0), (-1.0, 0.0), U, (-1.0, 0.0), (-1.0, 0.0)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(N, N), U, (-0.0, -0.0), (-0.0, 0.0), U, (N, N), (N, N)],
        [(N, N), U, (0.0, -0.0), (0.0, 0.0), U, (N, N), (N, N)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(1.0, 0.0), U, (1.0, -0.0), (1.0, 0.0), U, (1.0, 0.0), (1.0, 0.0)],
        [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
    ]

    static let rect: [[(Double, Double)]] = [
        [(I, N), U, (-I, 0.0), (-I, -0.0), U, (I, N), (I, N)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(0.0, 0.0), U, (-0.0, 0.0), (-0.0, -0.0), U, (0.0, 0.0), (0.0, 0.0)],
        [(0.0, 0.0), U, (0.0, -0.0), (0.0, 0.0), U, (0.0, 0.0), (0.0, 0.0)],
        [(N, N), U, U, U, U, (N, N), (N, N)],
        [(I, N), U, (I, -0.0), (I, 0.0), U, (I, N), (I, N)],
        [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
    ]
}
