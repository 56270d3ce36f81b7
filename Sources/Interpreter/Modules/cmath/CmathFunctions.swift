// The functions of cmath, computed as CPython 3.13's Modules/cmathmodule.c
// does (the same formulas, the same guards against overflow and underflow,
// the same branch cuts and signed zeros), so results agree bit for bit with
// the same libm. Each returns its value and the errno CPython would set:
// .domain becomes ValueError("math domain error"), .range
// OverflowError("math range error").

import Foundation

enum CmathErrno { case none, domain, range }

enum Cmath {
    typealias C = ComplexNumber
    typealias Result = (C, CmathErrno)

    static let largeDouble = Double.greatestFiniteMagnitude / 4
    static let sqrtLargeDouble = Foundation.sqrt(largeDouble)
    static let logLargeDouble = Foundation.log(largeDouble)
    static let sqrtDoubleMin = Foundation.sqrt(Double.leastNormalMagnitude)
    static let ln2 = 0.6931471805599453094
    static let ln10 = 2.302585092994045684
    static let mantissaDigits = 53
    static let scaleUp = 2 * (mantissaDigits / 2) + 1
    static let scaleDown = -(scaleUp + 1) / 2

    static func special(_ z: C, _ table: [[(Double, Double)]]) -> Result? {
        if z.re.isFinite && z.im.isFinite { return nil }
        return (CmathSpecial.lookup(table, z), .none)
    }

    /// log1p keeping the sign of a zero argument.
    static func log1p(_ x: Double) -> Double { x == 0 ? x : Foundation.log1p(x) }

    static func acos(_ z: C) -> Result {
        if let s = special(z, CmathSpecial.acos) { return s }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            let re = atan2(Swift.abs(z.im), z.re)
            let im = -copysign(Foundation.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2, z.im)
            return (C(re, im), .none)
        }
        let s1 = sqrt(C(1 - z.re, -z.im)).0
        let s2 = sqrt(C(1 + z.re, z.im)).0
        return (C(2 * atan2(s1.re, s2.re), Foundation.asinh(s2.re * s1.im - s2.im * s1.re)), .none)
    }

    static func acosh(_ z: C) -> Result {
        if let s = special(z, CmathSpecial.acosh) { return s }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            return (C(Foundation.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2, atan2(z.im, z.re)), .none)
        }
        let s1 = sqrt(C(z.re - 1, z.im)).0
        let s2 = sqrt(C(z.re + 1, z.im)).0
        return (C(Foundation.asinh(s1.re * s2.re + s1.im * s2.im), 2 * atan2(s1.im, s2.re)), .none)
    }

    /// asin(z) = -i asinh(iz)
    static func asin(_ z: C) -> Result {
        let (s, e) = asinh(C(-z.im, z.re))
        return (C(s.im, -s.re), e)
    }

    static func asinh(_ z: C) -> Result {
        if let s = special(z, CmathSpecial.asinh) { return s }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            let l = Foundation.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2
            let re = z.im >= 0 ? copysign(l, z.re) : -copysign(l, -z.re)
            return (C(re, atan2(z.im, Swift.abs(z.re))), .none)
        }
        let s1 = sqrt(C(1 + z.im, -z.re)).0
        let s2 = sqrt(C(1 - z.im, z.re)).0
        return (C(Foundation.asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im)), .none)
    }

    /// atan(z) = -i atanh(iz)
    static func atan(_ z: C) -> Result {
        let (s, e) = atanh(C(-z.im, z.re))
        return (C(s.im, -s.re), e)
    }

    static func atanh(_ z: C) -> Result {
        if let s = special(z, CmathSpecial.atanh) { return s }
        if z.re < 0 {
            let (r, e) = atanh(-z)
            return (-r, e)
        }
        let ay = Swift.abs(z.im)
        if z.re > sqrtLargeDouble || ay > sqrtLargeDouble {
            // atanh(z) ~ 1/z +- i*pi/2 for large z.
            let h = hypot(z.re / 2, z.im / 2)
            return (C(z.re / 4 / h / h, copysign(Double.pi / 2, z.im)), .none)
        }
        if z.re == 1 && ay < sqrtDoubleMin {
            if ay == 0 { return (C(.infinity, z.im), .domain) }
            let re = -Foundation.log(Foundation.sqrt(ay) / Foundation.sqrt(hypot(ay, 2)))
            return (C(re, copysign(atan2(2, -ay) / 2, z.im)), .none)
        }
        let re = log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4
        let im = -atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2
        return (C(re, im), .none)
    }

    /// cos(z) = cosh(iz)
    static func cos(_ z: C) -> Result { cosh(C(-z.im, z.re)) }

    static func cosh(_ z: C) -> Result {
        if !z.re.isFinite || !z.im.isFinite {
            var r: C
            if z.re.isInfinite && z.im.isFinite && z.im != 0 {
                if z.re > 0 {
                    r = C(copysign(.infinity, Foundation.cos(z.im)), copysign(.infinity, Foundation.sin(z.im)))
                } else {
                    r = C(copysign(.infinity, Foundation.cos(z.im)), -copysign(.infinity, Foundation.sin(z.im)))
                }
            } else {
                r = CmathSpecial.lookup(CmathSpecial.cosh, z)
            }
            return (r, z.im.isInfinite && !z.re.isNaN ? .domain : .none)
        }
        var r: C
        if Swift.abs(z.re) > logLargeDouble {
            // cosh(z.re) may overflow where cosh(z) does not.
            let xm1 = z.re - copysign(1, z.re)
            r = C(Foundation.cos(z.im) * Foundation.cosh(xm1) * M_E, Foundation.sin(z.im) * Foundation.sinh(xm1) * M_E)
        } else {
            r = C(Foundation.cos(z.im) * Foundation.cosh(z.re), Foundation.sin(z.im) * Foundation.sinh(z.re))
        }
        return (r, r.re.isInfinite || r.im.isInfinite ? .range : .none)
    }

    static func exp(_ z: C) -> Result {
        if !z.re.isFinite || !z.im.isFinite {
            var r: C
            if z.re.isInfinite && z.im.isFinite && z.im != 0 {
                if z.re > 0 {
                    r = C(copysign(.infinity, Foundation.cos(z.im)), copysign(.infinity, Foundation.sin(z.im)))
                } else {
                    r = C(copysign(0, Foundation.cos(z.im)), copysign(0, Foundation.sin(z.im)))
                }
            } else {
                r = CmathSpecial.lookup(CmathSpecial.exp, z)
            }
            let domain = z.im.isInfinite && (z.re.isFinite || (z.re.isInfinite && z.re > 0))
            return (r, domain ? .domain : .none)
        }
        var r: C
        if z.re > logLargeDouble {
            let l = Foundation.exp(z.re - 1)
            r = C(l * Foundation.cos(z.im) * M_E, l * Foundation.sin(z.im) * M_E)
        } else {
            let l = Foundation.exp(z.re)
            r = C(l * Foundation.cos(z.im), l * Foundation.sin(z.im))
        }
        return (r, r.re.isInfinite || r.im.isInfinite ? .range : .none)
    }

    /// c_log, with the rescalings for tiny and huge |z| and log1p near |z| = 1.
    static func log(_ z: C) -> Result {
        if let s = special(z, CmathSpecial.log) { return s }
        let ax = Swift.abs(z.re), ay = Swift.abs(z.im)
        var re: Double
        if ax > largeDouble || ay > largeDouble {
            re = Foundation.log(hypot(ax / 2, ay / 2)) + ln2
        } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            if ax > 0 || ay > 0 {
                re = Foundation.log(hypot(scalbn(ax, mantissaDigits), scalbn(ay, mantissaDigits))) - Double(mantissaDigits) * ln2
            } else {
                return (C(-.infinity, atan2(z.im, z.re)), .domain)
            }
        } else {
            let h = hypot(ax, ay)
            if 0.71 <= h && h <= 1.73 {
                let am = ax > ay ? ax : ay, an = ax > ay ? ay : ax
                re = log1p((am - 1) * (am + 1) + an * an) / 2
            } else {
                re = Foundation.log(h)
            }
        }
        return (C(re, atan2(z.im, z.re)), .none)
    }

    static func log10(_ z: C) -> Result {
        let (r, e) = log(z)
        return (C(r.re / ln10, r.im / ln10), e)
    }

    /// sin(z) = -i sinh(iz)
    static func sin(_ z: C) -> Result {
        let (s, e) = sinh(C(-z.im, z.re))
        return (C(s.im, -s.re), e)
    }

    static func sinh(_ z: C) -> Result {
        if !z.re.isFinite || !z.im.isFinite {
            var r: C
            if z.re.isInfinite && z.im.isFinite && z.im != 0 {
                if z.re > 0 {
                    r = C(copysign(.infinity, Foundation.cos(z.im)), copysign(.infinity, Foundation.sin(z.im)))
                } else {
                    r = C(-copysign(.infinity, Foundation.cos(z.im)), copysign(.infinity, Foundation.sin(z.im)))
                }
            } else {
                r = CmathSpecial.lookup(CmathSpecial.sinh, z)
            }
            return (r, z.im.isInfinite && !z.re.isNaN ? .domain : .none)
        }
        var r: C
        if Swift.abs(z.re) > logLargeDouble {
            let xm1 = z.re - copysign(1, z.re)
            r = C(Foundation.cos(z.im) * Foundation.sinh(xm1) * M_E, Foundation.sin(z.im) * Foundation.cosh(xm1) * M_E)
        } else {
            r = C(Foundation.cos(z.im) * Foundation.sinh(z.re), Foundation.sin(z.im) * Foundation.cosh(z.re))
        }
        return (r, r.re.isInfinite || r.im.isInfinite ? .range : .none)
    }

    /// Reduced to x, y >= 0: s = 2*sqrt(x/8 + hypot(x/8, y/8)), d = (y/2)/s,
    /// with subnormal parts scaled up first.
    static func sqrt(_ z: C) -> Result {
        if let s = special(z, CmathSpecial.sqrt) { return s }
        if z.re == 0 && z.im == 0 { return (C(0, z.im), .none) }
        var ax = Swift.abs(z.re)
        let ay = Swift.abs(z.im)
        let s: Double
        if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            ax = scalbn(ax, scaleUp)
            s = scalbn(Foundation.sqrt(ax + hypot(ax, scalbn(ay, scaleUp))), scaleDown)
        } else {
            ax /= 8
            s = 2 * Foundation.sqrt(ax + hypot(ax, ay / 8))
        }
        let d = ay / (2 * s)
        if z.re >= 0 { return (C(s, copysign(d, z.im)), .none) }
        return (C(d, copysign(s, z.im)), .none)
    }

    /// tan(z) = -i tanh(iz)
    static func tan(_ z: C) -> Result {
        let (s, e) = tanh(C(-z.im, z.re))
        return (C(s.im, -s.re), e)
    }

    static func tanh(_ z: C) -> Result {
        if !z.re.isFinite || !z.im.isFinite {
            var r: C
            if z.re.isInfinite && z.im.isFinite && z.im != 0 {
                r = C(z.re > 0 ? 1 : -1, copysign(0, 2 * Foundation.sin(z.im) * Foundation.cos(z.im)))
            } else {
                r = CmathSpecial.lookup(CmathSpecial.tanh, z)
            }
            return (r, z.im.isInfinite && z.re.isFinite ? .domain : .none)
        }
        if Swift.abs(z.re) > logLargeDouble {
            return (C(copysign(1, z.re), 4 * Foundation.sin(z.im) * Foundation.cos(z.im) * Foundation.exp(-2 * Swift.abs(z.re))), .none)
        }
        let tx = Foundation.tanh(z.re), ty = Foundation.tan(z.im)
        let cx = 1 / Foundation.cosh(z.re)
        let txty = tx * ty
        let denom = 1 + txty * txty
        return (C(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx), .none)
    }

    /// rect(r, phi) in the spirit of C99: like exp(log(r) + i*phi).
    static func rect(_ r: Double, _ phi: Double) -> Result {
        if !r.isFinite || !phi.isFinite {
            var z: C
            if r.isInfinite && phi.isFinite && phi != 0 {
                if r > 0 {
                    z = C(copysign(.infinity, Foundation.cos(phi)), copysign(.infinity, Foundation.sin(phi)))
                } else {
                    z = C(-copysign(.infinity, Foundation.cos(phi)), -copysign(.infinity, Foundation.sin(phi)))
                }
            } else {
                z = CmathSpecial.lookup(CmathSpecial.rect, C(r, phi))
            }
            return (z, r != 0 && !r.isNaN && phi.isInfinite ? .domain : .none)
        }
        if phi == 0 { return (C(r, r * phi), .none) }
        return (C(r * Foundation.cos(phi), r * Foundation.sin(phi)), .none)
    }
}
