// The numeric builtins: abs, min/max, sum, round and pow (with its
// modular inverse), with CPython's argument checks and results.

import Foundation

extension BuiltinFunctions {
    static func abs(_ vm: VM, _ v: Value) throws -> Value {
        switch v {
        case .int(let i): return i == Int.min ? .bigInt(BigInt(i).magnitude) : .int(Swift.abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(Swift.abs(d))
        case .object(let o) where o.kind == .bigInt: return .bigInt(unsafeDowncast(o, to: PyInt.self).value.magnitude)
        case .object(let o) where o.kind == .complex: return try vm.complexAbs(unsafeDowncast(o, to: PyComplex.self).value)
        default:
            let t = vm.typeOf(v)
            if let f = t.lookup("__abs__"), !t.isBuiltin { return try vm.call(try vm.bindIfFunction(f, to: v, type: t), []) }
            throw PyError.typeError("bad operand type for abs(): '\(t.name)'")
        }
    }

    static func minMax(_ vm: VM, _ args: [Value], _ kw: KwArgs, name: String, op: CompareOperator) throws -> Value {
        try Args.rejectUnknown(kw, allowed: ["key", "default"], function: name)
        if args.isEmpty { throw PyError.typeError("\(name) expected at least 1 argument, got 0") }
        let key = Args.keyword(kw, "key").flatMap { $0.isNone ? nil : $0 }
        let dflt = Args.keyword(kw, "default")
        let items: [Value]
        if args.count == 1 {
            items = try vm.iterate(args[0])
            if items.isEmpty {
                if let d = dflt { return d }
                throw PyError.valueError("\(name)() iterable argument is empty")
            }
        } else {
            if dflt != nil { throw PyError.typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = args
        }
        var best = items[0]
        var bestKey = try key.map { try vm.call($0, [best]) } ?? best
        for x in items.dropFirst() {
            let k = try key.map { try vm.call($0, [x]) } ?? x
            if try vm.isTruthy(try vm.richCompare(k, bestKey, op)) {
                best = x
                bestKey = k
            }
        }
        return best
    }

    static func sum(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.rejectUnknown(kw, allowed: ["start"], function: "sum")
        if args.isEmpty { throw PyError.typeError("sum() takes at least 1 positional argument (0 given)") }
        var total = args.count > 1 ? args[1] : (Args.keyword(kw, "start") ?? .int(0))
        if case .object(let o) = total, o.kind == .str { throw PyError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
        let it = try vm.getIterator(args[0])
        // Floats are added with Neumaier's compensation, as CPython 3.12+.
        var fsum = 0.0, comp = 0.0, inFloat = false
        while let v = try vm.nextValue(it) {
            try vm.pollNative()
            if case .int(let a) = total, case .int(let b) = v, !inFloat {
                let (s, o) = a.addingReportingOverflow(b)
                if !o { total = .int(s); continue }
            }
            if case .float(let x) = v {
                if !inFloat {
                    guard case .float(let t) = try vm.binaryOperation(total, .float(0), .add) else { total = try vm.binaryOperation(total, v, .add); continue }
                    fsum = t; comp = 0; inFloat = true
                }
                let t = fsum + x
                if Swift.abs(fsum) >= Swift.abs(x) { comp += (fsum - t) + x } else { comp += (x - t) + fsum }
                fsum = t
                continue
            }
            if inFloat, case .int(let b) = v {
                let x = Double(b)
                let t = fsum + x
                if Swift.abs(fsum) >= Swift.abs(x) { comp += (fsum - t) + x } else { comp += (x - t) + fsum }
                fsum = t
                continue
            }
            if inFloat { total = .float(fsum + comp); inFloat = false }
            total = try vm.binaryOperation(total, v, .add)
        }
        if inFloat { total = .float(comp.isFinite && comp != 0 ? fsum + comp : fsum) }
        return total
    }

    static func round(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.rejectUnknown(kw, allowed: ["ndigits"], function: "round")
        guard args.count >= 1 && args.count <= 2 else { throw PyError.typeError("round() takes at most 2 arguments (\(args.count) given)") }
        let ndigitsV = args.count > 1 ? args[1] : (Args.keyword(kw, "ndigits") ?? .none)
        var ndigits: Int? = nil
        if !ndigitsV.isNone {
            guard let n = try vm.indexValue(ndigitsV) else { throw PyError.typeError("'\(vm.typeOf(ndigitsV).name)' object cannot be interpreted as an integer") }
            ndigits = n
        }
        // A built-in subclass instance: its own __round__, else the value's.
        if case .object(let o) = args[0], o.hasUserClass {
            if let f = try vm.userMethod(o, "__round__") { return try vm.call(f, ndigits.map { [.int($0)] } ?? []) }
            let base = vm.baseValue(args[0])
            if !base.hasUserClass { return try vm.call(Bootstrap.builtins["round"]!, ndigits.map { [base, .int($0)] } ?? [base]) }
        }
        switch args[0] {
        case .float(let d):
            if let n = ndigits { return .float(try vm.libCall { try pyRound(d, ndigits: n) }) }
            return .bigInt(try vm.libCall { try pyRoundToInt(d) })
        case .int, .bool:
            guard let n = ndigits, n < 0 else { return try vm.unaryPlus(args[0]) }
            return try roundInt(vm, args[0], n)
        case .object(let o) where o.kind == .bigInt:
            guard let n = ndigits, n < 0 else { return args[0] }
            return try roundInt(vm, args[0], n)
        default:
            let t = vm.typeOf(args[0])
            if let f = t.lookup("__round__"), !t.isBuiltin { return try vm.call(try vm.bindIfFunction(f, to: args[0], type: t), ndigits.map { [.int($0)] } ?? []) }
            throw PyError.typeError("type \(t.name) doesn't define __round__ method")
        }
    }

    /// The inverse of `a` modulo `m` (extended Euclid), nil if none.
    static func modInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        let mm = m.magnitude
        guard var r0 = a.mod(mm) else { return nil }
        var r1 = mm, s0 = BigInt(1), s1 = BigInt(0)
        while !r1.isZero {
            guard let (q, r) = r0.floorDivMod(r1) else { return nil }
            (r0, r1) = (r1, r)
            (s0, s1) = (s1, s0 - q * s1)
        }
        guard r0 == BigInt(1) else { return nil }
        return s0.mod(mm)
    }

    /// round(int, negative ndigits): half to even at the given power of ten.
    static func roundInt(_ vm: VM, _ v: Value, _ n: Int) throws -> Value {
        let x = vm.big(vm.asNum(v)!)
        // |x| < 10**(digits of x + 1) / 2: rounds to 0 without computing the
        // power (n = -2**63 trapped negating; -2**62 asked for 10**(2**62)).
        if n < -(x.bitLength / 3 + 2) { return .int(0) }
        let pow10 = BigInt(10).power(-n)
        guard let (q, r) = x.floorDivMod(pow10) else { return v }
        let twice = r + r
        var q2 = q
        if twice > pow10 || (twice == pow10 && q.isOdd) { q2 = q + BigInt(1) }
        return .bigInt(q2 * pow10)
    }

    static func pow(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        let bound = try ClinicArgs.bind("pow", args, kw, ["base", "exp", "mod"], required: 2)
        let args = bound[2].map { [bound[0]!, bound[1]!, $0] } ?? [bound[0]!, bound[1]!]
        if args.count == 3 && !args[2].isNone {
            if vm.isComplexValue(args[0]) || vm.isComplexValue(args[1]),
               try vm.complexOperand(args[0]) != nil, try vm.complexOperand(args[1]) != nil {
                throw PyError.valueError("complex modulo")
            }
            guard let b = vm.asNum(args[0]), let e = vm.asNum(args[1]), let m = vm.asNum(args[2]) else {
                throw PyError.typeError("unsupported operand type(s) for ** or pow(): '\(vm.typeOf(args[0]).name)', '\(vm.typeOf(args[1]).name)', '\(vm.typeOf(args[2]).name)'")
            }
            if case .float = b { throw PyError.typeError("pow() 3rd argument not allowed unless all arguments are integers") }
            if case .float = e { throw PyError.typeError("pow() 3rd argument not allowed unless all arguments are integers") }
            let mod = vm.big(m)
            if mod.isZero { throw PyError.valueError("pow() 3rd argument cannot be 0") }
            var base = vm.big(b), exp = vm.big(e)
            if exp.isNegative {
                // A negative exponent needs the modular inverse of the base.
                guard let inv = modInverse(base, mod) else { throw PyError.valueError("base is not invertible for the given modulus") }
                base = inv
                exp = -exp
            }
            guard let r = base.modPow(exp, mod) else { throw PyError.valueError("base is not invertible for the given modulus") }
            return .bigInt(r)
        }
        if case .int(0) = args[0], case .int(let e) = args[1], e < 0 {
            throw PyError.zeroDivision("0.0 cannot be raised to a negative power")
        }
        return try vm.binaryOperation(args[0], args[1], .pow)
    }
}
