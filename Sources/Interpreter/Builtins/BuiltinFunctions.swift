// The builtin functions (print, len, sorted, ...), with CPython's argument
// handling and error messages.

import Foundation

enum BuiltinFunctions {
    static func install(into b: inout AttrDict) {
        let f = Bootstrap.function
        b["print"] = f("print", print)
        b["input"] = f("input", input)
        b["len"] = fast1("len") { vm, v in .int(try vm.length(v)) }
        b["repr"] = fast1("repr") { vm, v in .str(try vm.repr(v)) }
        b["ascii"] = fast1("ascii") { vm, v in .str(try vm.ascii(v)) }
        b["id"] = fast1("id") { _, v in .int(v.identity) }
        b["hash"] = fast1("hash") { vm, v in .int(try vm.hash(v)) }
        b["callable"] = fast1("callable") { vm, v in .bool(vm.isCallable(v)) }
        b["abs"] = fast1("abs", abs)
        b["iter"] = f("iter") { vm, args, kw in
            try Args.expect(args, kw, name: "iter", min: 1, max: 2)
            if args.count == 1 { return try vm.getIterator(args[0]) }
            // iter(callable, sentinel): call until the sentinel comes back.
            let fn = args[0], sentinel = args[1]
            guard vm.isCallable(fn) else { throw PyError.typeError("iter(v, w): v must be callable") }
            var done = false
            return .object(PyIterator.native("callable_iterator") { vm in
                if done { return nil }
                let v = try vm.call(fn, [])
                if try vm.equals(v, sentinel) { done = true; return nil }
                return v
            })
        }
        b["next"] = f("next", next)
        b["isinstance"] = f("isinstance") { vm, args, kw in
            try Args.expect(args, kw, name: "isinstance", min: 2, max: 2)
            return .bool(try vm.isInstance(args[0], args[1], function: "isinstance"))
        }
        b["issubclass"] = f("issubclass") { vm, args, kw in
            try Args.expect(args, kw, name: "issubclass", min: 2, max: 2)
            guard case .object(let o) = args[0], let t = o as? PyType else { throw PyError.typeError("issubclass() arg 1 must be a class") }
            return .bool(try vm.typeMatches(t, args[1], function: "issubclass"))
        }
        b["min"] = f("min") { vm, args, kw in try minMax(vm, args, kw, name: "min", op: .lt) }
        b["max"] = f("max") { vm, args, kw in try minMax(vm, args, kw, name: "max", op: .gt) }
        b["sum"] = f("sum", sum)
        b["sorted"] = f("sorted") { vm, args, kw in
            try Args.rejectUnknown(kw, allowed: ["key", "reverse"], function: "sort")
            guard args.count == 1 else { throw PyError.typeError("sorted expected 1 argument, got \(args.count)") }
            var items = try vm.iterateSized(args[0])
            try vm.timsort(&items, key: Args.keyword(kw, "key").flatMap { $0.isNone ? nil : $0 }, reverse: try vm.isTruthy(Args.keyword(kw, "reverse") ?? .bool(false)))
            return .object(PyList(items))
        }
        b["reversed"] = f("reversed") { vm, args, kw in
            try Args.expect(args, kw, name: "reversed", min: 1, max: 1)
            return try vm.reversedIterator(args[0])
        }
        b["enumerate"] = f("enumerate") { vm, args, kw in
            try Args.rejectUnknown(kw, allowed: ["start"], function: "enumerate")
            guard args.count >= 1 && args.count <= 2 else { throw PyError.typeError("enumerate() takes at most 2 arguments (\(args.count) given)") }
            let it = try vm.getIterator(args[0])
            var i = args.count > 1 ? args[1] : (Args.keyword(kw, "start") ?? .int(0))
            return .object(PyIterator.native("enumerate") { vm in
                guard let v = try vm.nextValue(it) else { return nil }
                let r = Value.object(PyTuple([i, v]))
                i = try vm.binaryOperation(i, .int(1), .add)
                return r
            })
        }
        b["zip"] = f("zip") { vm, args, kw in
            try Args.rejectUnknown(kw, allowed: ["strict"], function: "zip")
            let strict = try vm.isTruthy(Args.keyword(kw, "strict") ?? .bool(false))
            let its = try args.map { try vm.getIterator($0) }
            return .object(PyIterator.native("zip") { vm in
                if its.isEmpty { return nil }
                var out: [Value] = []
                for (n, it) in its.enumerated() {
                    guard let v = try vm.nextValue(it) else {
                        if strict {
                            if n > 0 { throw PyError.valueError("zip() argument \(n + 1) is shorter than argument\(n > 1 ? "s 1-\(n)" : " 1")") }
                            for (m, other) in its.enumerated().dropFirst() where try vm.nextValue(other) != nil {
                                throw PyError.valueError("zip() argument \(m + 1) is longer than argument\(m > 1 ? "s 1-\(m)" : " 1")")
                            }
                        }
                        return nil
                    }
                    out.append(v)
                }
                return .object(PyTuple(out))
            })
        }
        b["map"] = f("map") { vm, args, kw in
            try Args.expect(args, kw, name: "map", min: 0, max: Int.max)
            guard args.count >= 2 else { throw PyError.typeError("map() must have at least two arguments.") }
            let fn = args[0]
            let its = try args.dropFirst().map { try vm.getIterator($0) }
            return .object(PyIterator.native("map") { vm in
                var xs: [Value] = []
                for it in its {
                    guard let v = try vm.nextValue(it) else { return nil }
                    xs.append(v)
                }
                return try vm.call(fn, xs)
            })
        }
        b["filter"] = f("filter") { vm, args, kw in
            try Args.expect(args, kw, name: "filter", min: 2, max: 2)
            let fn = args[0]
            let it = try vm.getIterator(args[1])
            return .object(PyIterator.native("filter") { vm in
                while let v = try vm.nextValue(it) {
                    let keep = fn.isNone ? try vm.isTruthy(v) : try vm.isTruthy(try vm.call(fn, [v]))
                    if keep { return v }
                }
                return nil
            })
        }
        b["any"] = fast1("any") { vm, v in
            let it = try vm.getIterator(v)
            while let x = try vm.nextValue(it) { if try vm.isTruthy(x) { return .bool(true) } }
            return .bool(false)
        }
        b["all"] = fast1("all") { vm, v in
            let it = try vm.getIterator(v)
            while let x = try vm.nextValue(it) { if !(try vm.isTruthy(x)) { return .bool(false) } }
            return .bool(true)
        }
        b["round"] = f("round", round)
        b["divmod"] = f("divmod") { vm, args, kw in
            try Args.expect(args, kw, name: "divmod", min: 2, max: 2)
            // User __divmod__ / __rdivmod__ first, as binary operators do.
            let lt = vm.typeOf(args[0]), rt = vm.typeOf(args[1])
            if !lt.isBuiltin, let f = lt.lookup("__divmod__") {
                let r = try vm.call(try vm.bindIfFunction(f, to: args[0], type: lt), [args[1]])
                if !vm.isNotImplemented(r) { return r }
            }
            if !rt.isBuiltin, lt !== rt, let f = rt.lookup("__rdivmod__") {
                let r = try vm.call(try vm.bindIfFunction(f, to: args[1], type: rt), [args[0]])
                if !vm.isNotImplemented(r) { return r }
            }
            guard vm.asNum(args[0]) != nil, vm.asNum(args[1]) != nil else {
                throw PyError.typeError("unsupported operand type(s) for divmod(): '\(vm.typeOf(args[0]).name)' and '\(vm.typeOf(args[1]).name)'")
            }
            let q = try vm.binaryOperation(args[0], args[1], .floorDiv)
            let r = try vm.binaryOperation(args[0], args[1], .mod)
            return .object(PyTuple([q, r]))
        }
        b["pow"] = f("pow", pow)
        b["hex"] = fast1("hex") { vm, v in .str(try vm.intToBase(v, 16, "0x")) }
        b["oct"] = fast1("oct") { vm, v in .str(try vm.intToBase(v, 8, "0o")) }
        b["bin"] = fast1("bin") { vm, v in .str(try vm.intToBase(v, 2, "0b")) }
        b["ord"] = fast1("ord") { vm, v in
            guard case .object(let o) = v, let s = o as? PyStr else {
                throw PyError.typeError("ord() expected string of length 1, but \(vm.typeOf(v).name) found")
            }
            let sc = s.scalars
            guard sc.count == 1 else { throw PyError.typeError("ord() expected a character, but string of length \(sc.count) found") }
            return .int(Int(sc[0].value))
        }
        b["chr"] = fast1("chr") { vm, v in
            guard let i = try vm.indexValue(v) else { throw PyError.typeError("'\(vm.typeOf(v).name)' object cannot be interpreted as an integer") }
            guard i >= 0, i < 0x110000 else { throw PyError.valueError("chr() arg not in range(0x110000)") }
            guard let sc = Unicode.Scalar(UInt32(i)) else { return .str("\u{FFFD}") }
            return .object(StringCache.char(sc))
        }
        b["getattr"] = f("getattr") { vm, args, kw in
            try Args.expect(args, kw, name: "getattr", min: 2, max: 3)
            guard case .object(let o) = args[1], let name = o as? PyStr else { throw PyError.typeError("attribute name must be string, not '\(vm.typeOf(args[1]).name)'") }
            if args.count == 3 {
                do { return try vm.getAttribute(args[0], name.value) } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) { return args[2] }
            }
            return try vm.getAttribute(args[0], name.value)
        }
        b["setattr"] = f("setattr") { vm, args, kw in
            try Args.expect(args, kw, name: "setattr", min: 3, max: 3)
            guard case .object(let o) = args[1], let name = o as? PyStr else { throw PyError.typeError("attribute name must be string, not '\(vm.typeOf(args[1]).name)'") }
            try vm.setAttribute(args[0], name.value, args[2])
            return .none
        }
        b["delattr"] = f("delattr") { vm, args, kw in
            try Args.expect(args, kw, name: "delattr", min: 2, max: 2)
            try vm.deleteAttribute(args[0], vm.strValue(args[1]))
            return .none
        }
        b["hasattr"] = f("hasattr") { vm, args, kw in
            try Args.expect(args, kw, name: "hasattr", min: 2, max: 2)
            guard case .object(let o) = args[1], let name = o as? PyStr else { throw PyError.typeError("attribute name must be string, not '\(vm.typeOf(args[1]).name)'") }
            do { _ = try vm.getAttribute(args[0], name.value); return .bool(true) } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) { return .bool(false) }
        }
        b["format"] = f("format") { vm, args, kw in
            try Args.expect(args, kw, name: "format", min: 1, max: 2)
            return try vm.format(args[0], spec: args.count > 1 ? vm.strValue(args[1]) : "")
        }
        b["locals"] = f("locals") { vm, args, kw in
            try Args.expect(args, kw, name: "locals", min: 0, max: 0)
            return .object(try vm.localsDict(vm.currentFrame))
        }
        b["globals"] = f("globals") { vm, args, kw in
            try Args.expect(args, kw, name: "globals", min: 0, max: 0)
            return .object(try vm.globalsDict())
        }
        b["vars"] = f("vars") { vm, args, kw in
            try Args.expect(args, kw, name: "vars", min: 0, max: 1)
            if args.isEmpty { return .object(try vm.localsDict(vm.currentFrame)) }
            do {
                return try vm.getAttribute(args[0], "__dict__")
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) {
                throw PyError.typeError("vars() argument must have __dict__ attribute")
            }
        }
        b["dir"] = f("dir") { vm, args, kw in
            try Args.expect(args, kw, name: "dir", min: 0, max: 1)
            var names: [String]
            if args.isEmpty {
                names = try vm.localsDict(vm.currentFrame).keys.map { vm.strValue($0) }
            } else if case .object(let o) = args[0], let m = o as? PyModule {
                names = m.items.map { $0.0 }
            } else {
                var set = Set<String>()
                if case .object(let o) = args[0], let inst = o as? PyInstance { set.formUnion(inst.dict.keys) }
                let t: PyType = (args[0].asObject as? PyType) ?? vm.typeOf(args[0])
                for k in t.mro { set.formUnion(k.dict.keys) }
                names = Array(set)
            }
            return .object(PyList(names.sorted().map { .str($0) }))
        }
        b["open"] = f("open") { _, _, _ in
            throw PyError(BuiltinTypes.PermissionError, "scopewalk runs programs in a sandbox: open() is not available")
        }
        EvalExec.install(&b)
        for name in ["breakpoint", "memoryview"] {
            b[name] = f(name) { _, _, _ in
                throw PyError(BuiltinTypes.NotImplementedError, "scopewalk does not support \(name)()")
            }
        }
        AsyncMethods.installBuiltins(into: &b)
        b["exit"] = f("exit") { _, args, _ in throw PyError(PyExceptionObject(cls: BuiltinTypes.SystemExit, args: args)) }
        b["quit"] = b["exit"]
        b["__build_class__"] = f("__build_class__") { vm, args, kw in try vm.buildClass(args, kw) }
    }

    static func fast1(_ name: String, _ body: @escaping (VM, Value) throws -> Value) -> Value {
        let fn = PyBuiltinFunction(name: name) { vm, args, kw in
            try Args.expect(args, kw, name: name, min: 1, max: 1)
            return try body(vm, args[0])
        }
        fn.fast1 = body
        return .object(fn)
    }

    static func print(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        var sep = " ", end = "\n"
        var toStderr = false
        var target: Value? = nil
        for (k, v) in kw {
            switch k {
            case "sep":
                if !v.isNone {
                    guard case .object(let o) = v, let s = o as? PyStr else { throw PyError.typeError("sep must be None or a string, not \(vm.typeOf(v).name)") }
                    sep = s.value
                }
            case "end":
                if !v.isNone {
                    guard case .object(let o) = v, let s = o as? PyStr else { throw PyError.typeError("end must be None or a string, not \(vm.typeOf(v).name)") }
                    end = s.value
                }
            case "file":
                if !v.isNone { target = v }
            case "flush": break
            default:
                let suggestion = ["sep", "end", "file", "flush"].first { k.hasPrefix($0) || $0.hasPrefix(k) }
                throw PyError.typeError("print() got an unexpected keyword argument '\(k)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
            }
        }
        var out = ""
        for (i, a) in args.enumerated() {
            if i > 0 { out += sep }
            out += try vm.str(a)
        }
        out += end
        // print() writes to file=, else to sys.stdout as it is now (a program
        // may have replaced it); the original streams go straight out.
        if target == nil, let streams = vm.moduleState.standardStreams, let sys = vm.modules["sys"],
           let current = sys.attribute("stdout"), !current.isIdentical(to: .object(streams.stdout)) {
            target = current
        }
        if let t = target {
            if case .object(let o) = t, o.pyType === StandardStream.type {
                toStderr = StandardStream.isStderr(t)
            } else {
                // As CPython: one write() per piece (args, separators, end).
                let write = try vm.getAttribute(t, "write")
                for (i, a) in args.enumerated() {
                    if i > 0 { _ = try vm.call(write, [.str(sep)]) }
                    _ = try vm.call(write, [.str(try vm.str(a))])
                }
                _ = try vm.call(write, [.str(end)])
                return .none
            }
        }
        if toStderr { vm.writeStderr(out) } else { vm.writeStdout(out) }
        return .none
    }

    static func input(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.expect(args, kw, name: "input", min: 0, max: 1)
        if let p = args.first { vm.writeStdout(try vm.str(p)) }
        guard let line = vm.readInputLine() else { throw PyError(BuiltinTypes.EOFError, "EOF when reading a line") }
        return .str(line)
    }

    static func next(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.expect(args, kw, name: "next", min: 1, max: 2)
        let it = args[0]
        if case .object(let o) = it, o.kind == .generator {
            switch try vm.resumeGenerator(unsafeDowncast(o, to: PyGenerator.self), send: .none) {
            case .yielded(let v): return v
            case .returned(let r):
                if args.count > 1 { return args[1] }
                throw PyError.stopIteration(r)
            }
        }
        guard case .object(let o) = it, o.kind == .iterator || o.pyType.lookup("__next__") != nil else {
            throw PyError.typeError("'\(vm.typeOf(it).name)' object is not an iterator")
        }
        if o.kind != .iterator, args.count == 1 {
            // Let a user __next__'s StopIteration (with its value) through.
            return try vm.call(try vm.bindIfFunction(o.pyType.lookup("__next__")!, to: it, type: o.pyType), [])
        }
        if let v = try vm.nextValue(it) { return v }
        if args.count > 1 { return args[1] }
        throw PyError.stopIteration()
    }

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
        let pow10 = BigInt(10).power(-n)
        let x = vm.big(vm.asNum(v)!)
        guard let (q, r) = x.floorDivMod(pow10) else { return v }
        let twice = r + r
        var q2 = q
        if twice > pow10 || (twice == pow10 && q.isOdd) { q2 = q + BigInt(1) }
        return .bigInt(q2 * pow10)
    }

    static func pow(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.rejectUnknown(kw, allowed: ["base", "exp", "mod"], function: "pow")
        guard args.count >= 2 && args.count <= 3 else { throw PyError.typeError("pow expected at least 2 arguments, got \(args.count)") }
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

extension VM {
    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .function, .builtinFunction, .boundMethod, .type: return true
        default: return o.pyType.lookup("__call__") != nil && !o.pyType.isBuiltin
        }
    }

    func isInstance(_ v: Value, _ spec: Value, function: String) throws -> Bool {
        let t = typeOf(v)
        if case .object(let so) = spec, so === t { return true }  // CPython's exact-type fast path
        if case .object(let o) = spec, let tup = o as? PyTuple {
            for x in tup.items where try isInstance(v, x, function: function) { return true }
            return false
        }
        if let hooked = try instanceCheckHook(v, spec) { return hooked }
        if let u = spec.asObject, let args = UnionType.members(u) {
            for x in args where try isInstance(v, x, function: function) { return true }
            return false
        }
        // Any object whose type defines __instancecheck__ may stand as the class.
        if case .object(let o) = spec, o.kind == .instance, let f = o.pyType.lookup("__instancecheck__") {
            return try isTruthy(try call(try bindIfFunction(f, to: spec, type: o.pyType), [v]))
        }
        return try typeMatches(t, spec, function: function)
    }

    func typeMatches(_ t: PyType, _ spec: Value, function: String) throws -> Bool {
        if case .object(let o) = spec {
            if let cls = o as? PyType {
                if function == "issubclass", let hooked = try subclassCheckHook(t, spec) { return hooked }
                return t.isSubtype(of: cls)
            }
            if let args = UnionType.members(o) {
                for x in args where try typeMatches(t, x, function: function) { return true }
                return false
            }
            if function == "issubclass", o.kind == .instance, let f = o.pyType.lookup("__subclasscheck__") {
                return try isTruthy(try call(try bindIfFunction(f, to: spec, type: o.pyType), [.object(t)]))
            }
            if let tup = o as? PyTuple {
                for x in tup.items where try typeMatches(t, x, function: function) { return true }
                return false
            }
        }
        throw PyError.typeError("\(function)() arg 2 must be a type, a tuple of types, or a union")
    }

    func intToBase(_ v: Value, _ radix: Int, _ prefix: String) throws -> String {
        if case .object(let o) = v, o.kind == .instance, let f = o.pyType.lookup("__index__") {
            let r = try call(try bindIfFunction(f, to: v, type: o.pyType), [])
            guard case .int = r else {
                if case .object(let ro) = r, ro.kind == .bigInt { return try intToBase(r, radix, prefix) }
                throw PyError.typeError("__index__ returned non-int (type \(typeOf(r).name))")
            }
            return try intToBase(r, radix, prefix)
        }
        guard let n = asNum(v), !({ if case .float = n { return true }; return false }()) else {
            throw PyError.typeError("'\(typeOf(v).name)' object cannot be interpreted as an integer")
        }
        let b = big(n)
        let digits = b.magnitude.toString(radix: radix)
        return (b.isNegative ? "-" : "") + prefix + digits
    }

    func writeStdout(_ s: String) { io.writeStdout(s) }
    func writeStderr(_ s: String) { io.writeStderr(s) }

    func readInputLine() -> String? {
        if let recorded = replayLog.takeRecordedInput() {
            io.inputWasReplayed(recorded)
            return recorded
        }
        let line = io.readLine()
        replayLog.recordInput(line)
        return line
    }

    /// Stable merge sort with a throwing comparison, as list.sort / sorted.
    func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        let key = key.flatMap { $0.isNone ? nil : $0 }
        var keys = try key.map { k in try items.map { try call(k, [$0]) } } ?? items
        if reverse { items.reverse(); keys.reverse() }
        // All small ints: a plain comparison sort on (key, index) is stable.
        if keys.allSatisfy({ if case .int = $0 { return true }; return false }) {
            var idx = Array(0..<items.count)
            idx.sort { a, b in
                guard case .int(let x) = keys[a], case .int(let y) = keys[b] else { return false }
                return x != y ? x < y : a < b
            }
            items = idx.map { items[$0] }
        } else {
            var idx = Array(0..<items.count)
            var tmp = idx
            func less(_ a: Int, _ b: Int) throws -> Bool {
                try isTruthy(try richCompare(keys[a], keys[b], .lt))
            }
            func mergeSort(_ lo: Int, _ hi: Int) throws {
                if hi - lo < 2 { return }
                let mid = (lo + hi) / 2
                try mergeSort(lo, mid)
                try mergeSort(mid, hi)
                var i = lo, j = mid, k = lo
                while i < mid && j < hi {
                    if try less(idx[j], idx[i]) { tmp[k] = idx[j]; j += 1 } else { tmp[k] = idx[i]; i += 1 }
                    k += 1
                }
                while i < mid { tmp[k] = idx[i]; i += 1; k += 1 }
                while j < hi { tmp[k] = idx[j]; j += 1; k += 1 }
                for x in lo..<hi { idx[x] = tmp[x] }
            }
            try mergeSort(0, idx.count)
            items = idx.map { items[$0] }
        }
        if reverse { items.reverse() }
    }

    func reversedIterator(_ v: Value) throws -> Value {
        if case .object(let o) = v {
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                var i = l.items.count - 1
                return .object(PyIterator.native("list_reverseiterator") { _ in
                    guard i >= 0, i < l.items.count else { return nil }
                    defer { i -= 1 }
                    return l.items[i]
                })
            case .tuple, .str:
                let items = try iterate(v)
                return .object(PyIterator.overTuple(items.reversed()))
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                let (a, b, c) = r.bigBounds
                let n = r.bigLength
                let last = a + (n - .one) * c
                let rev = PyRange(bigStart: n.isZero ? b : last, bigStop: n.isZero ? b : a - c, bigStep: -c)
                let it = rangeIterator(rev)
                return .object(it)
            case .dict:
                return .object(PyIterator.overTuple(unsafeDowncast(o, to: PyDict.self).keys.reversed()))
            case .other:
                if let view = o as? PyDictView { return .object(PyIterator.overTuple(view.elements().reversed())) }
            case .instance:
                let t = o.pyType
                if let f = t.lookup("__reversed__") { return try call(try bindIfFunction(f, to: v, type: t), []) }
                if t.lookup("__len__") != nil && t.lookup("__getitem__") != nil {
                    var i = try length(v) - 1
                    let it = PyIterator.native("reversed") { vm in
                        guard i >= 0 else { return nil }
                        defer { i -= 1 }
                        return try vm.getItem(v, .int(i))
                    }
                    it.lengthHintFn = { vm in _ = try vm.length(v) }
                    return .object(it)
                }
            default: break
            }
        }
        throw PyError.typeError("'\(typeOf(v).name)' object is not reversible")
    }

    /// locals(): a snapshot dict of the frame's bound names.
    func localsDict(_ frame: Frame?) throws -> PyDict {
        let d = PyDict()
        guard let frame = frame else { return d }
        if frame.code.kind == .module { return try globalsDict() }
        if let ns = frame.classNamespace { return ns }
        for (name, value) in frame.boundLocals() { try d.set(.str(name), value, vm: self) }
        return d
    }

    func globalsDict() throws -> PyDict {
        let d = PyDict()
        let g = currentFrame?.globals ?? globals
        globalsDictView = d
        globalsDictViewOwner = g
        // The dunders first, in the order a module made by the oracle has them.
        try d.set(.str("__name__"), g["__name__"] ?? .str("__main__"), vm: self)
        for k in ["__doc__", "__package__", "__loader__", "__spec__"] { try d.set(.str(k), g[k] ?? .none, vm: self) }
        if let f = g["__file__"] { try d.set(.str("__file__"), f, vm: self) }
        try d.set(.str("__builtins__"), .object(builtinsModule), vm: self)
        for (k, v) in g.boundItems { try d.set(.str(k), v, vm: self) }
        return d
    }
}

extension Frame {
    /// Bound locals in CPython's f_locals order: fast locals, then cells
    /// (cellvars), then free variables. Inlined-comprehension variables that
    /// are bound shadow a same-named local, as the shared slot does in CPython.
    public func boundLocals() -> [(String, Value)] {
        var out: [(String, Value)] = []
        var index: [String: Int] = [:]
        func add(_ name: String, _ v: Value) {
            if let i = index[name] { out[i].1 = v } else { index[name] = out.count; out.append((name, v)) }
        }
        var cellOfParameter: [Int: Int] = [:]
        for (c, slot) in code.cellParameterSlots.enumerated() { if let s = slot { cellOfParameter[s] = c } }
        for (i, name) in code.varnames.enumerated() {
            if code.hiddenSlots.contains(i) { continue }
            if let c = cellOfParameter[i] {
                // A parameter captured by an inner function lives in a cell
                // but keeps its place among the parameters.
                if c < cells.count, let v = cells[c].contents { add(name, v) }
                continue
            }
            if let v = locals[i] { add(name, v) }
        }
        let cellNames = code.cellvars + code.freevars + code.extraCells
        for (i, name) in cellNames.enumerated() where i < cells.count {
            if i < code.cellParameterSlots.count, code.cellParameterSlots[i] != nil { continue }
            if let v = cells[i].contents {
                if i >= code.cellvars.count + code.freevars.count {
                    add(name, v)
                } else if code.kind != .classBody || i < code.cellvars.count {
                    add(name, v)
                }
            }
        }
        return out
    }
}
