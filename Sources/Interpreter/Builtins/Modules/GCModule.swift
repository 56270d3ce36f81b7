// The `gc` module over the cycle collector (Runtime/GC): collect, the
// automatic collection's switch and threshold, and the questions about
// tracked objects (get_objects, is_tracked, get_referents, get_referrers).

enum GCModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "gc")
        ModuleFunctions.raw(m, "collect") { vm, args, kw in
            let given = try Meth.bind("collect", args, kw, ["generation"], positionalOnly: 0, required: 0)
            var generation = 2
            if let g = given[0] {
                guard let n = try vm.indexCInteger(g) else { throw PyError.typeError("'\(vm.typeOf(g).name)' object cannot be interpreted as an integer") }
                guard (0...2).contains(n) else { throw PyError.valueError("invalid generation") }
                generation = n
            }
            vm.runPendingFinalizers()
            let n = vm.collectCycles(full: generation == 2)
            vm.runPendingFinalizers()
            return .int(n)
        }
        ModuleFunctions.none(m, "enable") { vm in vm.gcRegistry.enabled = true; return .none }
        ModuleFunctions.none(m, "disable") { vm in vm.gcRegistry.enabled = false; return .none }
        ModuleFunctions.none(m, "isenabled") { vm in .bool(vm.gcRegistry.enabled) }
        ModuleFunctions.none(m, "get_count") { vm in
            let r = vm.gcRegistry
            return .object(PyTuple([.int(r.count), .int(r.youngCollections), .int(0)]))
        }
        ModuleFunctions.none(m, "get_threshold") { vm in
            .object(PyTuple([.int(vm.gcRegistry.threshold), .int(10), .int(10)]))
        }
        ModuleFunctions.raw(m, "set_threshold") { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("set_threshold() takes no keyword arguments") }
            guard (1...3).contains(args.count) else { throw PyError.typeError("gc.set_threshold requires 1 to 3 arguments") }
            var values: [Int] = []
            for a in args {
                guard let n = try vm.indexCInteger(a, cType: "long") else { throw PyError.typeError("'\(vm.typeOf(a).name)' object cannot be interpreted as an integer") }
                values.append(n)
            }
            // 0 turns automatic collection off, as in CPython.
            vm.gcRegistry.threshold = values[0] > 0 ? values[0] : Int.max
            return .none
        }
        ModuleFunctions.raw(m, "get_objects") { vm, args, kw in
            let given = try Meth.bind("get_objects", args, kw, ["generation"], positionalOnly: 0, required: 0)
            if let g = given[0], !g.isNone {
                guard let n = try vm.indexCInteger(g, cType: "ssize_t") else { throw PyError.typeError("'\(vm.typeOf(g).name)' object cannot be interpreted as an integer") }
                if n >= 3 { throw PyError.valueError("generation parameter must be less than the number of available generations (3)") }
                if n < 0 { throw PyError.valueError("generation parameter cannot be negative") }
            }
            return .object(PyList(trackedObjects(vm).filter { isTracked(.object($0)) }.map { .object($0) }))
        }
        ModuleFunctions.one(m, "is_tracked") { _, v in .bool(isTracked(v)) }
        ModuleFunctions.one(m, "is_finalized") { _, v in
            if case .object(let o) = v, o.kind == .instance { return .bool(unsafeDowncast(o, to: PyInstance.self).finalized) }
            return .bool(false)
        }
        ModuleFunctions.varargs(m, "get_referents") { _, args in
            var out: [Value] = []
            for a in args { out += referents(a) }
            return .object(PyList(out))
        }
        ModuleFunctions.varargs(m, "get_referrers") { vm, args in
            let targets = Set(args.compactMap { $0.asObject.map(ObjectIdentifier.init) })
            var out: [Value] = []
            for o in trackedObjects(vm) {
                var refers = false
                o.gcTraverse(exact: false) { v in
                    if let t = v.asObject, targets.contains(ObjectIdentifier(t)) { refers = true }
                }
                if refers { out.append(.object(o)) }
            }
            return .object(PyList(out))
        }
        m.dict["garbage"] = .object(PyList([]))
        m.dict["callbacks"] = .object(PyList([]))
        return m
    }

    /// The objects the collector tracks, oldest first (held while in use).
    static func trackedObjects(_ vm: VM) -> [PyTrackedObject] {
        GCRegistry.withLock { vm.gcRegistry.members(includingOld: true).map { $0.takeUnretainedValue() } }
    }

    /// gc.is_tracked as CPython answers: containers are tracked, except
    /// dicts and tuples holding nothing that may be tracked (CPython's
    /// _PyObject_GC_MAY_BE_TRACKED: any container but an untracked tuple).
    static func isTracked(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .str, .bigInt, .complex, .bytes, .range, .code, .notImplemented, .ellipsis, .boxedFloat:
            return o.hasUserClass
        case .dict:
            if o.hasUserClass { return true }
            var any = false
            unsafeDowncast(o, to: PyDict.self).gcForEachReference { if mayBeTracked($0) { any = true } }
            return any
        case .tuple:
            if o.hasUserClass { return true }
            return unsafeDowncast(o, to: PyTuple.self).items.contains { mayBeTracked($0) }
        case .type:
            return !unsafeDowncast(o, to: PyType.self).isBuiltin
        default:
            return true
        }
    }

    static func mayBeTracked(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .tuple: return isTracked(v)
        case .dict: return true
        default: return isTracked(v)
        }
    }

    /// gc.get_referents: what the object's traversal visits, in CPython's order.
    static func referents(_ v: Value) -> [Value] {
        guard case .object(let o) = v, let t = o as? PyTrackedObject else { return [] }
        switch o.kind {
        case .list:
            return unsafeDowncast(o, to: PyList.self).items.reversed()
        case .tuple:
            return unsafeDowncast(o, to: PyTuple.self).items.reversed()
        case .dict:
            // A dict whose keys are all strings visits its values only.
            let d = unsafeDowncast(o, to: PyDict.self)
            if d.keys.allSatisfy({ $0.asObject?.kind == .str }) { return d.values }
        default:
            break
        }
        var out: [Value] = []
        t.gcTraverse(exact: false) { out.append($0) }
        return out
    }
}
