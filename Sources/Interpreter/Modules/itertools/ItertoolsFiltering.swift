// itertools.accumulate, batched, chain, compress, dropwhile, takewhile,
// filterfalse, starmap, islice, pairwise and zip_longest. Each next() does
// what CPython's C function does, in the same order; those that ask their
// input again after it ended (the C code keeps no "done" flag) set asksAgain.

extension Itertools {
    static let accumulate: PyType = makeType("accumulate", doc: "Return series of accumulated sums (or other binary function results).") { vm, cls, args, kw in
        let a = try bind("accumulate", args, kw, ["iterable", "func", "initial"], required: 1, kwOnly: 1)
        let source = try vm.getIterator(a[0]!)
        let fn = (a[1].map { $0.isNone ? nil : $0 }) ?? nil
        var initial = a[2] ?? .none
        var total: Value? = nil
        let it = PyIterator.native("itertools.accumulate") { vm in
            if !initial.isNone {
                total = initial
                initial = .none
                return total
            }
            guard let v = try vm.nextValue(source) else { return nil }
            guard let t = total else { total = v; return v }
            let next = try fn.map { try vm.call($0, [t, v]) } ?? vm.binaryOperation(t, v, .add)
            total = next
            return next
        }
        it.asksAgain = true
        return it
    }

    static let batched: PyType = makeType("batched", doc: "Batch data into tuples of length n. The last batch may be shorter than n.") { vm, cls, args, kw in
        let a = try bind("batched", args, kw, ["iterable", "n", "strict"], required: 2, kwOnly: 1)
        let n = try vm.ssizeArg(a[1]!)
        if n < 1 { throw PyError.valueError("n must be at least one") }
        let strict = try a[2].map { try vm.isTruthy($0) } ?? false
        var source: Value? = try vm.getIterator(a[0]!)
        let it = PyIterator.native("itertools.batched") { vm in
            guard let s = source else { return nil }
            var batch: [Value] = []
            batch.reserveCapacity(Swift.min(n, 64))
            do {
                while batch.count < n, let v = try vm.nextValue(s) { batch.append(v) }
            } catch {
                source = nil
                throw error
            }
            if batch.count == n { return .object(PyTuple(batch)) }
            // A short batch leaves the input in place: the next call asks it again.
            if batch.isEmpty { source = nil; return nil }
            if strict { source = nil; throw PyError.valueError("batched(): incomplete batch") }
            return .object(PyTuple(batch))
        }
        it.asksAgain = true
        return it
    }

    /// chain over the iterables `source` yields.
    static func chainIterator(_ source: Value) -> PyIterator {
        var source: Value? = source
        var active: Value? = nil
        return PyIterator.native("itertools.chain") { vm in
            while let s = source {
                if active == nil {
                    do {
                        guard let iterable = try vm.nextValue(s) else { source = nil; return nil }
                        active = try vm.getIterator(iterable)
                    } catch {
                        source = nil
                        throw error
                    }
                }
                if let v = try vm.nextValue(active!) { return v }
                active = nil
            }
            return nil
        }
    }

    static let chain: PyType = {
        let t = makeType("chain", doc: "Return a chain object whose .__next__() method returns elements from the first iterable until it is exhausted, then elements from the next iterable, until all of the iterables are exhausted.") { vm, cls, args, kw in
            try noKeywords("chain", kw, cls, chain)
            return chainIterator(.object(PyIterator.overTuple(args)))
        }
        let f = PyBuiltinFunction(name: "from_iterable", owner: "chain", isMethod: false) { vm, args, kw in
            guard case .object(let co)? = args.first, let cls = co as? PyType else {
                throw PyError.typeError("descriptor 'from_iterable' for type 'chain' needs a type")
            }
            if !kw.isEmpty { throw PyError.typeError("chain.from_iterable() takes no keyword arguments") }
            if args.count != 2 { throw PyError.typeError("chain.from_iterable() takes exactly one argument (\(args.count - 1) given)") }
            return wrap(chainIterator(try vm.getIterator(args[1])), t, cls)
        }
        f.isClassMethod = true
        t.dict["from_iterable"] = .object(f)
        return t
    }()

    static let compress: PyType = makeType("compress", doc: "Return data elements corresponding to true selector elements.") { vm, cls, args, kw in
        let a = try bind("compress", args, kw, ["data", "selectors"], required: 2)
        let data = try vm.getIterator(a[0]!)
        let selectors = try vm.getIterator(a[1]!)
        let it = PyIterator.native("itertools.compress") { vm in
            while true {
                guard let d = try vm.nextValue(data) else { return nil }
                guard let s = try vm.nextValue(selectors) else { return nil }
                if try truth(vm, s) { return d }
            }
        }
        it.asksAgain = true
        return it
    }

    static let dropwhile: PyType = makeType("dropwhile", doc: "Drop items from the iterable while predicate(item) is true. Afterwards, return every element until the iterable is exhausted.") { vm, cls, args, kw in
        try positional("dropwhile", args, kw, cls, dropwhile, min: 2, max: 2)
        let predicate = args[0]
        let source = try vm.getIterator(args[1])
        var started = false
        let it = PyIterator.native("itertools.dropwhile") { vm in
            while let v = try vm.nextValue(source) {
                if started { return v }
                if !(try truth(vm, try vm.call(predicate, [v]))) { started = true; return v }
            }
            return nil
        }
        it.asksAgain = true
        return it
    }

    static let takewhile: PyType = makeType("takewhile", doc: "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.") { vm, cls, args, kw in
        try positional("takewhile", args, kw, cls, takewhile, min: 2, max: 2)
        let predicate = args[0]
        let source = try vm.getIterator(args[1])
        return PyIterator.native("itertools.takewhile") { vm in
            guard let v = try vm.nextValue(source) else { return nil }
            return try truth(vm, try vm.call(predicate, [v])) ? v : nil
        }
    }

    static let filterfalse: PyType = makeType("filterfalse", doc: "Return those items of iterable for which function(item) is false. If function is None, return the items that are false.") { vm, cls, args, kw in
        try positional("filterfalse", args, kw, cls, filterfalse, min: 2, max: 2)
        let fn = args[0]
        let plain = fn.isNone || fn.isIdentical(to: .object(BuiltinTypes.bool))
        let source = try vm.getIterator(args[1])
        let it = PyIterator.native("itertools.filterfalse") { vm in
            while let v = try vm.nextValue(source) {
                if !(try truth(vm, plain ? v : try vm.call(fn, [v]))) { return v }
            }
            return nil
        }
        it.asksAgain = true
        return it
    }

    static let starmap: PyType = makeType("starmap", doc: "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.") { vm, cls, args, kw in
        try positional("starmap", args, kw, cls, starmap, min: 2, max: 2)
        let fn = args[0]
        let source = try vm.getIterator(args[1])
        let it = PyIterator.native("itertools.starmap") { vm in
            guard let a = try vm.nextValue(source) else { return nil }
            if case .object(let o) = a, o.kind == .tuple, !o.hasUserClass {
                return try vm.call(fn, unsafeDowncast(o, to: PyTuple.self).items)
            }
            return try vm.call(fn, try vm.iterateSized(a))
        }
        it.asksAgain = true
        return it
    }

    /// islice's bound: PyNumber_AsSsize_t, -1 when not an int or too large.
    static func isliceIndex(_ vm: VM, _ v: Value) throws -> Int {
        if case .object(let o) = v, o.kind == .bigInt, unsafeDowncast(o, to: PyInt.self).value.asInt == nil { return -1 }
        return (try? vm.indexValue(v)).flatMap { $0 } ?? -1
    }

    static let islice: PyType = makeType("islice", doc: "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object") { vm, cls, args, kw in
        try positional("islice", args, kw, cls, islice, min: 2, max: 4)
        var start = 0, stop = -1, step = 1
        let stopArg = args.count == 2 ? args[1] : args[2]
        if args.count > 2, !args[1].isNone { start = try isliceIndex(vm, args[1]) }
        if !stopArg.isNone {
            stop = try isliceIndex(vm, stopArg)
            if stop == -1 {
                throw PyError.valueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            }
        }
        if start < 0 || stop < -1 {
            throw PyError.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        }
        if args.count == 4, !args[3].isNone { step = try isliceIndex(vm, args[3]) }
        if step < 1 { throw PyError.valueError("Step for islice() must be a positive integer or None.") }
        var source: Value? = try vm.getIterator(args[0])
        var wanted = start, consumed = 0
        return PyIterator.native("itertools.islice") { vm in
            guard let s = source else { return nil }
            do {
                while consumed < wanted {
                    guard try vm.nextValue(s) != nil else { source = nil; return nil }
                    consumed += 1
                }
                if stop != -1 && consumed >= stop { source = nil; return nil }
                guard let v = try vm.nextValue(s) else { source = nil; return nil }
                consumed += 1
                let (next, overflow) = wanted.addingReportingOverflow(step)
                wanted = overflow || (stop != -1 && next > stop) ? stop : next
                return v
            } catch {
                source = nil
                throw error
            }
        }
    }

    static let pairwise: PyType = makeType("pairwise", doc: "Return an iterator of overlapping pairs taken from the input iterator.") { vm, cls, args, kw in
        try positional("pairwise", args, kw, cls, pairwise, min: 1, max: 1)
        let source = try vm.getIterator(args[0])
        var old: Value? = nil
        return PyIterator.native("itertools.pairwise") { vm in
            if old == nil {
                guard let first = try vm.nextValue(source) else { return nil }
                old = first
            }
            guard let new = try vm.nextValue(source) else { old = nil; return nil }
            let pair = Value.object(PyTuple([old!, new]))
            old = new
            return pair
        }
    }

    static let zipLongest: PyType = makeType("zip_longest", doc: "Return a zip_longest object whose .__next__() method returns a tuple where the i-th element comes from the i-th iterable argument.") { vm, cls, args, kw in
        var fill = Value.none
        if !kw.isEmpty {
            guard kw.count == 1, kw[0].0 == "fillvalue" else {
                throw PyError.typeError("zip_longest() got an unexpected keyword argument")
            }
            fill = kw[0].1
        }
        var sources: [Value?] = try args.map { try vm.getIterator($0) }
        var active = sources.count
        return PyIterator.native("itertools.zip_longest") { vm in
            if sources.isEmpty || active == 0 { return nil }
            var row: [Value] = []
            row.reserveCapacity(sources.count)
            for i in sources.indices {
                guard let s = sources[i] else { row.append(fill); continue }
                let v: Value?
                do { v = try vm.nextValue(s) } catch { active = 0; throw error }
                if let v { row.append(v); continue }
                active -= 1
                if active == 0 { return nil }
                sources[i] = nil
                row.append(fill)
            }
            return .object(PyTuple(row))
        }
    }
}
