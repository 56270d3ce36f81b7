// Fast paths the eval loop tries before the general operator protocol:
// small-int and float arithmetic with Python's semantics, where the result
// is certain without user code, overflow or an exception. nil means "take
// the general path" (which also produces every error message).

extension VM {
    /// `a op b` for two small ints; nil on overflow, a zero divisor, a
    /// negative shift or an operator that does not stay in Int (/, **, @).
    /// `op` is the BinaryOperator.allCasesOrdered index.
    @inline(__always)
    static func smallIntBinary(_ op: Int, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case 0:
            let (s, o) = a.addingReportingOverflow(b)
            return o ? nil : s
        case 1:
            let (s, o) = a.subtractingReportingOverflow(b)
            return o ? nil : s
        case 2:
            let (s, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : s
        case 5:  // floor division
            if b == 0 || (a == Int.min && b == -1) { return nil }
            let q = a / b
            return (a % b != 0 && (a < 0) != (b < 0)) ? q &- 1 : q
        case 6:  // modulo: the result takes the divisor's sign
            if b == 0 || (a == Int.min && b == -1) { return nil }
            let r = a % b
            return (r != 0 && (r < 0) != (b < 0)) ? r &+ b : r
        case 8:  // <<
            if b < 0 || b >= 63 { return a == 0 && b >= 0 ? 0 : nil }
            let r = a << b
            return (r >> b) == a ? r : nil
        case 9:  // >>
            if b < 0 { return nil }
            return a >> min(b, 63)
        case 10: return a | b
        case 11: return a ^ b
        case 12: return a & b
        default: return nil
        }
    }

    /// `a op b` for two floats where no error is possible (+, -, *; / and
    /// // and % with a non-zero divisor go to the general path).
    @inline(__always)
    static func floatBinary(_ op: Int, _ a: Double, _ b: Double) -> Double? {
        switch op {
        case 0: return a + b
        case 1: return a - b
        case 2: return a * b
        case 4: return b != 0 ? a / b : nil
        default: return nil
        }
    }
}
