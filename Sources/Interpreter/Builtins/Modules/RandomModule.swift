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

    /// The generator behind one random.Random instance (a class, so that a
    /// method reads and advances it in short accesses even when it calls back
    /// into Python, e.g. shuffle on a sequence with a Python __getitem__).
    final class RandomState {
        var mt = MersenneTwister(seed: 0)
        var system = false
    }

    /// Instances' generators by identity. A dead instance's entry is
    /// overwritten when its address is reused: __init__ always reseeds.
    nonisolated(unsafe) static var states: [ObjectIdentifier: RandomState] = [:]

    static func state(_ vm: VM, _ selfValue: Value) throws -> RandomState {
        guard case .object(let o) = selfValue, o is PyInstance else {
            throw PyError.typeError("descriptor requires a 'random.Random' object but received '\(vm.typeOf(selfValue).name)'")
        }
        if let st = states[ObjectIdentifier(o)] { return st }
        let st = RandomState()
        st.mt.seed(magnitude: vm.replayLog.nextSeed { UInt64.random(in: .min ... .max) })
        states[ObjectIdentifier(o)] = st
        return st
    }

    /// A Python-level method of random.Random (self is args[0]).
    static func def(_ t: PyType, _ sig: PySignature, _ body: @escaping (VM, RandomState, [Value?]) throws -> Value) {
        let short = String(sig.name.split(separator: ".").last ?? "")
        Bootstrap.method(t, short) { vm, args, kw in
            guard let first = args.first else { throw PyError.typeError("\(sig.name)() missing 1 required positional argument: 'self'") }
            return try body(vm, try state(vm, first), try sig.bind(Array(args.dropFirst()), kw))
        }
    }

    static func raw(_ t: PyType, _ name: String, _ body: @escaping (VM, RandomState, [Value], KwArgs) throws -> Value) {
        Bootstrap.method(t, name) { vm, args, kw in
            guard let first = args.first else { throw PyError.typeError("\(name)() needs an argument") }
            return try body(vm, try state(vm, first), Array(args.dropFirst()), kw)
        }
    }

    static func real(_ vm: VM, _ v: Value?, _ d: Double) throws -> Double {
        guard let v else { return d }
        return try vm.realArg(v)
    }

    /// random.Random and random.SystemRandom (the latter seeded once from the
    /// replay log: reproducible in a replay, ignoring seed()).
    static func makeType(system: Bool) -> PyType {
        let t = PyType(name: system ? "SystemRandom" : "Random", module: "random", bases: [BuiltinTypes.object], isBuiltin: false)
        t.setLinearMRO()
        Bootstrap.method(t, "__init__") { vm, args, kw in
            guard case .object(let o)? = args.first else { return .none }
            let a = try PySignature("Random.__init__", ["x"], required: 0).bind(Array(args.dropFirst()), kw)
            let st = RandomState()
            st.system = system
            states[ObjectIdentifier(o)] = st
            if system {
                st.mt.seed(magnitude: vm.replayLog.nextSeed { UInt64.random(in: .min ... .max) })
            } else {
                try seed(vm, st, a[0] ?? .none)
            }
            if let i = o as? PyInstance { i.dict["gauss_next"] = .none }
            return .none
        }
        install(t)
        return t
    }

    static let randomType = makeType(system: false)
    static let systemRandomType = makeType(system: true)

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "random")
        m.dict["Random"] = .object(randomType)
        m.dict["SystemRandom"] = .object(systemRandomType)
        // Module-level functions are bound methods of one hidden instance, as in random.py.
        let inst = PyInstance(cls: randomType)
        let st = RandomState()
        st.mt.seed(magnitude: vm.replayLog.nextSeed { UInt64.random(in: .min ... .max) })
        states[ObjectIdentifier(inst)] = st
        inst.dict["gauss_next"] = .none
        m.dict["_inst"] = .object(inst)
        for name in ["seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample",
                     "choices", "uniform", "gauss", "normalvariate", "expovariate", "triangular", "randbytes",
                     "getstate", "setstate", "lognormvariate", "vonmisesvariate", "gammavariate", "betavariate",
                     "paretovariate", "weibullvariate", "binomialvariate"] {
            if case .object(let fo)? = randomType.dict[name], let b = fo as? PyBuiltinFunction {
                m.dict[name] = .object(b.bound(to: .object(inst)))
            }
        }
        m.dict["NV_MAGICCONST"] = .float(4 * exp(-0.5) / (2.0).squareRoot())
        m.dict["TWOPI"] = .float(2.0 * Double.pi)
        m.dict["LOG4"] = .float(log(4.0))
        m.dict["SG_MAGICCONST"] = .float(1.0 + log(4.5))
        m.dict["BPF"] = .int(53)
        m.dict["RECIP_BPF"] = .float(1.0 / 9_007_199_254_740_992.0)
        m.dict["__all__"] = .object(PyList(["Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices",
            "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
            "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
            "triangular", "uniform", "vonmisesvariate", "weibullvariate"].map { Value.str($0) }))
        return m
    }

    static func install(_ t: PyType) {
        def(t, PySignature("Random.seed", ["a", "version"], required: 0)) { vm, st, a in
            if !st.system { try seed(vm, st, a[0] ?? .none) }
            return .none
        }
        raw(t, "random") { vm, st, args, kw in
            if !kw.isEmpty { throw PyError.typeError("Random.random() takes no keyword arguments") }
            if !args.isEmpty { throw PyError.typeError("Random.random() takes no arguments (\(args.count) given)") }
            return .float(st.mt.random())
        }
        raw(t, "getrandbits") { vm, st, args, kw in
            if !kw.isEmpty { throw PyError.typeError("Random.getrandbits() takes no keyword arguments") }
            if args.count != 1 { throw PyError.typeError("Random.getrandbits() takes exactly one argument (\(args.count) given)") }
            let k = try vm.ssizeArg(args[0])
            // k is a C int in CPython; the words are allocated through the budget.
            if k > Int(Int32.max) { throw PyError.overflow("Python int too large to convert to C int") }
            if k <= 64 && k >= 0 { return .bigInt(BigInt(st.mt.getrandbits(k))) }
            if k > 0 { try MemoryBudget.check(count: k / 8, size: 2) }
            return .bigInt(bigInt(words: try checked { () throws(RandomError) in try st.mt.getrandbitsWords(k) }))
        }
        def(t, PySignature("Random.getstate", [])) { vm, st, _ in
            if st.system { throw PyError(BuiltinTypes.NotImplementedError, "System entropy source does not have state.") }
            let words = st.mt.getstate().map { Value.int(Int($0)) }
            return .object(PyTuple([.int(3), .object(PyTuple(words)), st.mt.gaussNext.map { .float($0) } ?? .none]))
        }
        def(t, PySignature("Random.setstate", ["state"])) { vm, st, a in
            if st.system { throw PyError(BuiltinTypes.NotImplementedError, "System entropy source does not have state.") }
            let parts = try vm.iterate(a[0]!)
            guard parts.count == 3 else { throw PyError.valueError("too many values to unpack (expected 3)") }
            // Version 2 states (Python 2's) hold the same words, possibly negative.
            var v2 = false
            switch parts[0] {
            case .int(3): break
            case .int(2): v2 = true
            default:
                throw PyError.valueError("state with version \(try vm.repr(parts[0])) passed to Random.setstate() of version 3")
            }
            guard case .object(let to) = parts[1], to.kind == .tuple else { throw PyError.typeError("state vector must be a tuple") }
            var words: [UInt32] = []
            for w in try vm.iterate(parts[1]) {
                if v2 {
                    let big = try vm.integerArg(w)
                    let r = try vm.binaryOperation(.bigInt(big), .int(1 << 32), .mod)
                    words.append(UInt32(try vm.ssizeArg(r)))
                    continue
                }
                guard case .int(let i) = w, i >= 0, i <= Int(UInt32.max) else {
                    throw PyError.overflow("Python int too large to convert to C unsigned long")
                }
                words.append(UInt32(i))
            }
            try checked { () throws(RandomError) in try st.mt.setstate(words) }
            st.mt.gaussNext = parts[2].isNone ? nil : try vm.realArg(parts[2])
            return .none
        }
        def(t, PySignature("Random.randrange", ["start", "stop", "step"], required: 1)) { vm, st, a in
            try randrange(vm, st, a[0]!, a[1] ?? .none, a[2])
        }
        def(t, PySignature("Random.randint", ["a", "b"])) { vm, st, a in
            try randrange(vm, st, a[0]!, try vm.binaryOperation(a[1]!, .int(1), .add), nil)
        }
        def(t, PySignature("Random.choice", ["seq"])) { vm, st, a in
            let n = try vm.length(a[0]!)
            let i = try checked { () throws(RandomError) in try st.mt.choiceIndex(count: n) }
            return try vm.getItem(a[0]!, .int(i))
        }
        def(t, PySignature("Random.shuffle", ["x"])) { vm, st, a in
            let x = a[0]!
            if case .object(let o) = x, o.kind == .list {
                let l = unsafeDowncast(o, to: PyList.self)
                var items = l.items
                st.mt.shuffle(&items)
                l.items = items
                return .none
            }
            let n = try vm.length(x)
            if n > 1 {
                for i in stride(from: n - 1, through: 1, by: -1) {
                    let j = st.mt.randbelow(i + 1)
                    let xi = try vm.getItem(x, .int(i)), xj = try vm.getItem(x, .int(j))
                    try vm.setItem(x, .int(i), xj)
                    try vm.setItem(x, .int(j), xi)
                }
            }
            return .none
        }
        def(t, PySignature("Random.sample", ["population", "k"], keywordOnly: ["counts"])) { vm, st, a in
            try sample(vm, st, a[0]!, a[1]!, counts: a[2].flatMap { $0.isNone ? nil : $0 })
        }
        def(t, PySignature("Random.choices", ["population", "weights"], required: 1, keywordOnly: ["cum_weights", "k"])) { vm, st, a in
            let population = a[0]!
            let n = try vm.length(population)
            func doubles(_ v: Value?) throws -> [Double]? {
                guard let v, !v.isNone else { return nil }
                return try vm.iterate(v).map { try vm.realArg($0) }
            }
            let k = try a[3].map { try vm.ssizeArg($0) } ?? 1
            // The k-item result must fit (k=2**62 aborted allocating it).
            try MemoryBudget.check(count: max(k, 0), size: MemoryLayout<Value>.stride + MemoryLayout<Int>.stride)
            let weights = try doubles(a[1]), cum = try doubles(a[2])
            let indices = try checked { () throws(RandomError) in
                try st.mt.choicesIndices(count: n, weights: weights, cumWeights: cum, k: k)
            }
            return .object(PyList(try indices.map { try vm.getItem(population, .int($0)) }))
        }
        def(t, PySignature("Random.uniform", ["a", "b"])) { vm, st, a in
            let width = try vm.binaryOperation(a[1]!, a[0]!, .sub)
            let r = Value.float(st.mt.random())
            return try vm.binaryOperation(a[0]!, try vm.binaryOperation(width, r, .mult), .add)
        }
        def(t, PySignature("Random.gauss", ["mu", "sigma"], required: 0)) { vm, st, a in
            let z = Value.float(st.mt.gauss(mu: 0, sigma: 1))
            let mu = a[0] ?? .float(0), sigma = a[1] ?? .float(1)
            return try vm.binaryOperation(mu, try vm.binaryOperation(z, sigma, .mult), .add)
        }
        def(t, PySignature("Random.normalvariate", ["mu", "sigma"], required: 0)) { vm, st, a in
            .float(st.mt.normalvariate(mu: try real(vm, a[0], 0), sigma: try real(vm, a[1], 1)))
        }
        def(t, PySignature("Random.lognormvariate", ["mu", "sigma"])) { vm, st, a in
            .float(exp(st.mt.normalvariate(mu: try real(vm, a[0], 0), sigma: try real(vm, a[1], 1))))
        }
        def(t, PySignature("Random.expovariate", ["lambd"], required: 0)) { vm, st, a in
            let l = try real(vm, a[0], 1)
            return .float(try checked { () throws(RandomError) in try st.mt.expovariate(l) })
        }
        def(t, PySignature("Random.triangular", ["low", "high", "mode"], required: 0)) { vm, st, a in
            let low = try real(vm, a[0], 0), high = try real(vm, a[1], 1)
            let mode = try a[2].flatMap { $0.isNone ? nil : try vm.realArg($0) }
            return .float(st.mt.triangular(low: low, high: high, mode: mode))
        }
        def(t, PySignature("Random.vonmisesvariate", ["mu", "kappa"])) { vm, st, a in
            .float(st.mt.vonmisesvariate(mu: try real(vm, a[0], 0), kappa: try real(vm, a[1], 0)))
        }
        def(t, PySignature("Random.gammavariate", ["alpha", "beta"])) { vm, st, a in
            let alpha = try real(vm, a[0], 0), beta = try real(vm, a[1], 0)
            return .float(try checked { () throws(RandomError) in try st.mt.gammavariate(alpha: alpha, beta: beta) })
        }
        def(t, PySignature("Random.betavariate", ["alpha", "beta"])) { vm, st, a in
            let alpha = try real(vm, a[0], 0), beta = try real(vm, a[1], 0)
            return .float(try checked { () throws(RandomError) in try st.mt.betavariate(alpha: alpha, beta: beta) })
        }
        def(t, PySignature("Random.paretovariate", ["alpha"])) { vm, st, a in
            let alpha = try real(vm, a[0], 0)
            return .float(try checked { () throws(RandomError) in try st.mt.paretovariate(alpha) })
        }
        def(t, PySignature("Random.weibullvariate", ["alpha", "beta"])) { vm, st, a in
            let alpha = try real(vm, a[0], 0), beta = try real(vm, a[1], 0)
            return .float(try checked { () throws(RandomError) in try st.mt.weibullvariate(alpha: alpha, beta: beta) })
        }
        def(t, PySignature("Random.binomialvariate", ["n", "p"], required: 0)) { vm, st, a in
            let n = try a[0].map { try vm.ssizeArg($0) } ?? 1
            let p = try real(vm, a[1], 0.5)
            return .int(try checked { () throws(RandomError) in try st.mt.binomialvariate(n: n, p: p) })
        }
        def(t, PySignature("Random.randbytes", ["n"])) { vm, st, a in
            let n = try vm.ssizeArg(a[0]!)
            // CPython: getrandbits(n * 8), a C int.
            if n > Int(Int32.max) / 8 { throw PyError.overflow("Python int too large to convert to C int") }
            if n > 0 { try MemoryBudget.check(count: n, size: 2) }
            return .object(PyBytes(try checked { () throws(RandomError) in try st.mt.randbytes(n) }))
        }
    }

    static func seed(_ vm: VM, _ st: RandomState, _ a: Value) throws {
        switch a {
        case .none:
            st.mt.seed(magnitude: vm.replayLog.nextSeed { UInt64.random(in: .min ... .max) })
        case .int(let i): st.mt.seed(i)
        case .bool(let b): st.mt.seed(b ? 1 : 0)
        case .float(let d): st.mt.seed(double: d)
        case .object(let o):
            switch o.kind {
            case .bigInt:
                var words: [UInt32] = []
                for limb in unsafeDowncast(o, to: PyInt.self).value.limbs {
                    words.append(UInt32(truncatingIfNeeded: limb))
                    words.append(UInt32(truncatingIfNeeded: limb >> 32))
                }
                st.mt.seed(magnitudeWords: words)
            case .str: st.mt.seed(string: unsafeDowncast(o, to: PyStr.self).value)
            case .bytes: st.mt.seed(bytes: unsafeDowncast(o, to: PyBytes.self).bytes)
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
    static func randbelow(_ vm: VM, _ st: RandomState, _ n: BigInt) throws -> BigInt {
        if n.limbs.count <= 1 { return BigInt(st.mt.randbelow(n.limbs.first ?? 1)) }
        let k = n.bitLength
        while true {
            let r = bigInt(words: try checked { () throws(RandomError) in try st.mt.getrandbitsWords(k) })
            if r < n { return r }
        }
    }

    /// random.py's randrange, on Ints through the twister, on BigInts here.
    static func randrange(_ vm: VM, _ st: RandomState, _ start: Value, _ stop: Value, _ step: Value?) throws -> Value {
        let istart = try vm.integerArg(start)
        if stop.isNone {
            if step != nil { throw PyError.typeError("Missing a non-None stop argument") }
            if istart.signum > 0 { return .bigInt(try randbelow(vm, st, istart)) }
            throw PyError.valueError("empty range for randrange()")
        }
        let istop = try vm.integerArg(stop)
        let istep = try step.map { try vm.integerArg($0) } ?? BigInt(1)
        if let a = istart.asInt, let b = istop.asInt, let c = istep.asInt {
            return .int(try checked { () throws(RandomError) in try st.mt.randrange(a, b, c) })
        }
        let width = istop - istart
        if istep == BigInt(1) {
            if width.signum > 0 { return .bigInt(istart + (try randbelow(vm, st, width))) }
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
        return .bigInt(istart + istep * (try randbelow(vm, st, n)))
    }

    static func sample(_ vm: VM, _ st: RandomState, _ population: Value, _ kv: Value, counts: Value?) throws -> Value {
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
        // CPython makes the k-item result list first: a k beyond memory is a
        // MemoryError (reserving it aborted, or corrupted the heap for 2**61).
        if k >= 0 && k <= n { try MemoryBudget.check(count: k, size: 32) }
        let indices: [Int]
        if let counts {
            let cs = try vm.iterate(counts).map { try vm.ssizeArg($0) }
            if cs.count != n { throw PyError.valueError("The number of counts does not match the population") }
            var total = 0
            for c in cs {
                let (sum, o) = total.addingReportingOverflow(c)
                if o { throw PyError.overflow("Python int too large to convert to C ssize_t") }
                total = sum
            }
            indices = try checked { () throws(RandomError) in try st.mt.sampleIndices(counts: cs, k: k) }
        } else {
            indices = try checked { () throws(RandomError) in try st.mt.sampleIndices(populationSize: n, k: k) }
        }
        return .object(PyList(try indices.map { try vm.getItem(population, .int($0)) }))
    }
}
