// Python integer arithmetic on machine Ints. Each helper returns nil when
// the exact result does not fit, so the runtime can redo it with BigInt.
//
// API:
//   pyFloorDivMod(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int)?   nil if b == 0 or overflow
//   pyFloorDiv(_:_:) -> Int?,  pyMod(_:_:) -> Int?
//   pyIntPow(_ base: Int, _ exponent: Int) -> Int?                           exponent >= 0, nil on overflow
//   pyIntLeftShift(_ a: Int, _ n: Int) -> Int?                               n >= 0, nil on overflow
//   pyIntRightShift(_ a: Int, _ n: Int) -> Int                               n >= 0, floors
//   pyIntHash(_ a: Int) -> Int                                               Python's hash(int)

public func pyFloorDivMod(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int)? {
    if b == 0 { return nil }
    if a == Int.min && b == -1 { return nil }
    var q = a / b
    var r = a % b
    // Truncation went the wrong way when the signs differ.
    if r != 0 && ((r < 0) != (b < 0)) {
        q -= 1
        r += b
    }
    return (q, r)
}

public func pyFloorDiv(_ a: Int, _ b: Int) -> Int? { pyFloorDivMod(a, b)?.quotient }

public func pyMod(_ a: Int, _ b: Int) -> Int? {
    if b == -1 { return 0 }  // also covers Int.min % -1
    return pyFloorDivMod(a, b)?.remainder
}

public func pyIntPow(_ base: Int, _ exponent: Int) -> Int? {
    if exponent < 0 { return nil }
    var result = 1
    var b = base
    var e = exponent
    while true {
        if e & 1 == 1 {
            let (r, o) = result.multipliedReportingOverflow(by: b)
            if o { return nil }
            result = r
        }
        e >>= 1
        if e == 0 { return result }
        let (sq, o) = b.multipliedReportingOverflow(by: b)
        if o { return nil }
        b = sq
    }
}

public func pyIntLeftShift(_ a: Int, _ n: Int) -> Int? {
    if n < 0 { return nil }
    if a == 0 { return 0 }
    if n >= 63 { return nil }
    let r = a << n
    return r >> n == a ? r : nil
}

public func pyIntRightShift(_ a: Int, _ n: Int) -> Int {
    if n >= 63 { return a < 0 ? -1 : 0 }
    if n <= 0 { return a }
    return a >> n  // Swift's >> on signed Int is arithmetic, i.e. floor
}

public func pyIntHash(_ a: Int) -> Int {
    let p = (1 << 61) - 1
    let m = Int(a.magnitude % UInt(p))
    let h = a < 0 ? -m : m
    return h == -1 ? -2 : h
}
