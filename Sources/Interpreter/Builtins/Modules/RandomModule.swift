// The random module, bound to the VM's MersenneTwister (a bit-exact CPython
// `random.Random`): after random.seed(n) every function returns what
// CPython 3.13 returns. Seeds that come from the outside world (import,
// seed(None)) go through the replay log so a debugger replay repeats them.
// Argument errors are those of random.py's Python methods ("Random.randint()
// missing 1 required positional argument: 'b'").

import Foundation

/// Binds arguments the way a Python `def` does, with its messages (counts
/// include `self`, as they do for bound methods of random.Random).
struct PySignature {
    let name: String
    let params: [String]
    let required: Int
    let keywordOnly: [String]

    init(_ name: String, _ params: [String], required: Int? = nil, keywordOnly: [String] = []) {
        self.name = name
        self.params = params
        self.required = required ?? params.count
        self.keywordOnly = keywordOnly
    }

    /// One slot per parameter then per keyword-only parameter; nil when not given.
    func bind(_ args: [Value], _ kw: KwArgs) throws -> [Value?] {
        if args.count > params.count {
            let given = args.count + 1
            let takes = required == params.count ? "\(params.count + 1)" : "from \(required + 1) to \(params.count + 1)"
            throw PyError.typeError("\(name)() takes \(takes) positional argument\(params.count == 0 ? "" : "s") but \(given) \(given == 1 ? "was" : "were") given")
        }
        var out: [Value?] = Array(repeating: nil, count: params.count + keywordOnly.count)
        for (i, a) in args.enumerated() { out[i] = a }
        for (k, v) in kw {
            let i: Int
            if let p = params.firstIndex(of: k) { i = p } else if let q = keywordOnly.firstIndex(of: k) { i = params.count + q } else {
                throw PyError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
            if out[i] != nil { throw PyError.typeError("\(name)() got multiple values for argument '\(k)'") }
            out[i] = v
        }
        let missing = (0..<required).filter { out[$0] == nil }.map { "'\(params[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0]
                : missing.dropLast().joined(separator: ", ") + (missing.count > 2 ? "," : "") + " and " + missing.last!
            throw PyError.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return out
    }
}

enum RandomModule {
    static func checked<T>(_ body: () throws(RandomError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            switch error {
            case .valueError(let m): throw PyError.valueError(m)
            case .typeError(let m): throw PyError.typeError(m)
            case .indexError(let m): throw PyError.indexError(m)
            case .zeroDivisionError(let m): throw PyError.zeroDivision(m)
            }
        }
    }

    /// A Python-level function of random.py.
    static func def(_ m: PyModule, _ sig: PySignature, _ body: @escaping (VM, [Value?]) throws -> Value) {
        let short = String(sig.name.split(separator: ".").last ?? "")
        ModuleFunctions.raw(m, short) { vm, args, kw in try body(vm, try sig.bind(args, kw)) }
    }

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "random")
        // A fresh, replayable seed for programs that never call seed().
        vm.random.seed(magnitude: vm.replayLog.nextSeed { UInt64.random(in: .min ... .max) })

        def(m, PySignature("Random.seed", ["a", "version"], required: 0)) { vm, a in
            try seed(vm, a[0] ?? .none)
            return .none
        }
        ModuleFunctions.raw(m, "random") { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("Random.random() takes no keyword arguments") }
            if !args.isEmpty { throw PyError.typeError("Random.random() takes no arguments (\(args.count) given)") }
            return .float(vm.random.random())
        }
        ModuleFunctions.raw(m, "getrandbits") { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("Random.getrandbits() takes no keyword arguments") }
            if args.count != 1 { throw PyError.typeError("Random.getrandbits() takes exactly one argument (\(args.count) given)") }
            let k = try vm.ssizeArg(args[0])
            if k <= 64 && k >= 0 { return .bigInt(BigInt(vm.random.getrandbits(k))) }
            return .bigInt(bigInt(words: try checked { () throws(RandomError) in try vm.random.getrandbitsWords(k) }))
        }
        def(m, PySignature("Random.randrange", ["start", "stop", "step"], required: 1)) { vm, a in
            try randrange(vm, a[0]!, a[1] ?? .none, a[2])
        }
        def(m, PySignature("Random.randint", ["a", "b"])) { vm, a in
            try randrange(vm, a[0]!, try vm.binaryOperation(a[1]!, .int(1), .add), nil)
        }
        def(m, PySignature("Random.choice", ["seq"])) { vm, a in
            let n = try vm.length(a[0]!)
            let i = try checked { () throws(RandomError) in try vm.random.choiceIndex(count: n) }
            return try vm.getItem(a[0]!, .int(i))
        }
        def(m, PySignature("Random.shuffle", ["x"])) { vm, a in
            let x = a[0]!
            if case .object(let o) = x, o.kind == .list {
                let l = unsafeDowncast(o, to: PyList.self)
                var items = l.items
                vm.random.shuffle(&items)
                l.items = items
                return .none
            }
            let n = try vm.length(x)
            if n > 1 {
                for i in stride(from: n - 1, through: 1, by: -1) {
                    let j = vm.random.randbelow(i + 1)
                    let xi = try vm.getItem(x, .int(i)), xj = try vm.getItem(x, .int(j))
                    try vm.setItem(x, .int(i), xj)
                    try vm.setItem(x, .int(j), xi)
                }
            }
            return .none
        }
        def(m, PySignature("Random.sample", ["population", "k"], keywordOnly: ["counts"])) { vm, a in
            try sample(vm, a[0]!, a[1]!, counts: a[2].flatMap { $0.isNone ? nil : $0 })
        }
        def(m, PySignature("Random.choices", ["population", "weights"], required: 1, keywordOnly: ["cum_weights", "k"])) { vm, a in
            let population = a[0]!
            let n = try vm.length(population)
            func doubles(_ v: Value?) throws -> [Double]? {
                guard let v, !v.isNone else { return nil }
                return try vm.iterate(v).map { try vm.realArg($0) }
            }
            let k = try a[3].map { try vm.ssizeArg($0) } ?? 1
            let weights = try doubles(a[1]), cum = try doubles(a[2])
            let indices = try checked { () throws(RandomError) in
                try vm.random.choicesIndices(count: n, weights: weights, cumWeights: cum, k: k)
            }
            return .object(PyList(try indices.map { try vm.getItem(population, .int($0)) }))
        }
        def(m, PySignature("Random.uniform", ["a", "b"])) { vm, a in
            let width = try vm.binaryOperation(a[1]!, a[0]!, .sub)
            let r = Value.float(vm.random.random())
            return try vm.binaryOperation(a[0]!, try vm.binaryOperation(width, r, .mult), .add)
        }
        def(m, PySignature("Random.gauss", ["mu", "sigma"], required: 0)) { vm, a in
            let z = Value.float(vm.random.gauss(mu: 0, sigma: 1))
            let mu = a[0] ?? .float(0), sigma = a[1] ?? .float(1)
            return try vm.binaryOperation(mu, try vm.binaryOperation(z, sigma, .mult), .add)
        }
        def(m, PySignature("Random.normalvariate", ["mu", "sigma"], required: 0)) { vm, a in
            .float(vm.random.normalvariate(mu: try a[0].map { try vm.realArg($0) } ?? 0, sigma: try a[1].map { try vm.realArg($0) } ?? 1))
        }
        def(m, PySignature("Random.expovariate", ["lambd"], required: 0)) { vm, a in
            let l = try a[0].map { try vm.realArg($0) } ?? 1
            return .float(try checked { () throws(RandomError) in try vm.random.expovariate(l) })
        }
        def(m, PySignature("Random.triangular", ["low", "high", "mode"], required: 0)) { vm, a in
            let low = try a[0].map { try vm.realArg($0) } ?? 0, high = try a[1].map { try vm.realArg($0) } ?? 1
            let mode = try a[2].flatMap { $0.isNone ? nil : try vm.realArg($0) }
            return .float(vm.random.triangular(low: low, high: high, mode: mode))
        }
        def(m, PySignature("Random.randbytes", ["n"])) { vm, a in
            let n = try vm.ssizeArg(a[0]!)
            return .object(PyBytes(try checked { () throws(RandomError) in try vm.random.randbytes(n) }))
        }
        return m
    }

    static func seed(_ vm: VM, _ a: Value) throws {
        switch a {
        case .none:
            vm.random.seed(magnitude: vm.replayLog.nextSeed { UInt64.random(in: .min ... .max) })
        case .int(let i): vm.random.seed(i)
        case .bool(let b): vm.random.seed(b ? 1 : 0)
        case .float(let d): vm.random.seed(double: d)
        case .object(let o):
            switch o.kind {
            case .bigInt:
                var words: [UInt32] = []
                for limb in unsafeDowncast(o, to: PyInt.self).value.limbs {
                    words.append(UInt32(truncatingIfNeeded: limb))
                    words.append(UInt32(truncatingIfNeeded: limb >> 32))
                }
                vm.random.seed(magnitudeWords: words)
            case .str: vm.random.seed(string: unsafeDowncast(o, to: PyStr.self).value)
            case .bytes: vm.random.seed(bytes: unsafeDowncast(o, to: PyBytes.self).bytes)
            default:
                throw PyError.typeError("The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.")
            }
        }
    }

    /// 32-bit words, least significant first, as a non-negative BigInt.
    static func bigInt(words: [UInt32]) -> BigInt {
        var limbs: [UInt64] = []
        var i = 0
        while i < words.count {
            let hi = i + 1 < words.count ? UInt64(words[i + 1]) << 32 : 0
            limbs.append(UInt64(words[i]) | hi)
            i += 2
        }
        return BigInt(limbs: limbs, negative: false)
    }

    /// _randbelow(n) for n > 0 of any size.
    static func randbelow(_ vm: VM, _ n: BigInt) throws -> BigInt {
        if n.limbs.count <= 1 { return BigInt(vm.random.randbelow(n.limbs.first ?? 1)) }
        let k = n.bitLength
        while true {
            let r = bigInt(words: try checked { () throws(RandomError) in try vm.random.getrandbitsWords(k) })
            if r < n { return r }
        }
    }

    /// random.py's randrange, on Ints through the twister, on BigInts here.
    static func randrange(_ vm: VM, _ start: Value, _ stop: Value, _ step: Value?) throws -> Value {
        let istart = try vm.integerArg(start)
        if stop.isNone {
            if step != nil { throw PyError.typeError("Missing a non-None stop argument") }
            if istart.signum > 0 { return .bigInt(try randbelow(vm, istart)) }
            throw PyError.valueError("empty range for randrange()")
        }
        let istop = try vm.integerArg(stop)
        let istep = try step.map { try vm.integerArg($0) } ?? BigInt(1)
        if let a = istart.asInt, let b = istop.asInt, let c = istep.asInt {
            return .int(try checked { () throws(RandomError) in try vm.random.randrange(a, b, c) })
        }
        let width = istop - istart
        if istep == BigInt(1) {
            if width.signum > 0 { return .bigInt(istart + (try randbelow(vm, width))) }
            throw PyError.valueError("empty range in randrange(\(istart), \(istop))")
        }
        let n: BigInt
        if istep.signum > 0 {
            n = (width + istep - BigInt(1)).floorDiv(istep) ?? BigInt(0)
        } else if istep.signum < 0 {
            n = (width + istep + BigInt(1)).floorDiv(istep) ?? BigInt(0)
        } else {
            throw PyError.valueError("zero step for randrange()")
        }
        if n.signum <= 0 { throw PyError.valueError("empty range in randrange(\(istart), \(istop), \(istep))") }
        return .bigInt(istart + istep * (try randbelow(vm, n)))
    }

    static func sample(_ vm: VM, _ population: Value, _ kv: Value, counts: Value?) throws -> Value {
        guard case .object(let o) = population, [.list, .tuple, .str, .range, .bytes].contains(o.kind) else {
            throw PyError.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try vm.length(population)
        let k: Int
        switch kv {
        case .int, .bool: k = try vm.ssizeArg(kv)
        case .object(let ko) where ko.kind == .bigInt:
            throw PyError.valueError("Sample larger than population or is negative")
        default:
            if let d = vm.asNum(kv), case .float(let f) = d {
                if f < 0 || f > Double(n) { throw PyError.valueError("Sample larger than population or is negative") }
                throw PyError.typeError("can't multiply sequence by non-int of type 'float'")
            }
            throw PyError.typeError("'<=' not supported between instances of 'int' and '\(vm.typeOf(kv).name)'")
        }
        let indices: [Int]
        if let counts {
            let cs = try vm.iterate(counts).map { try vm.ssizeArg($0) }
            if cs.count != n { throw PyError.valueError("The number of counts does not match the population") }
            indices = try checked { () throws(RandomError) in try vm.random.sampleIndices(counts: cs, k: k) }
        } else {
            indices = try checked { () throws(RandomError) in try vm.random.sampleIndices(populationSize: n, k: k) }
        }
        return .object(PyList(try indices.map { try vm.getItem(population, .int($0)) }))
    }
}
