// `_weakref` (re-exported by Modules/Lib/weakref.py) and `gc`. A weak
// reference holds its object with a Swift `weak` reference, so it answers
// None once the object's last strong reference is gone. Callbacks run with
// the finalizers (Finalization.swift): a dying instance asks the queue to
// look for weak references whose object has gone.

/// The referent side of one `weakref.ref`.
final class WeakTarget {
    weak var target: PyObject?
    let callback: Value
    /// The hash of the object, kept once asked (CPython: hash survives death).
    var hash: Int?
    /// Its callback has been queued or run.
    var done = false
    /// Which object it watched (to group the callbacks of one death).
    let targetID: ObjectIdentifier
    init(_ target: PyObject, callback: Value) {
        self.target = target
        self.callback = callback
        targetID = ObjectIdentifier(target)
    }
}

enum WeakrefModule {
    static let refType: PyType = makeRefType()
    /// Each ref instance's referent (by the ref's identity; a new ref at a
    /// reused address overwrites its entry when it is made).
    nonisolated(unsafe) static var storage: [ObjectIdentifier: WeakTarget] = [:]
    /// Weak references with a callback still to run, unretained by their ref
    /// object's identity (checked when an instance dies).
    nonisolated(unsafe) static var watched: [(ref: WeakBox<PyInstance>, target: WeakTarget)] = []

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_weakref")
        m.dict["ref"] = .object(refType)
        m.dict["ReferenceType"] = .object(refType)
        ModuleFunctions.one(m, "getweakrefcount") { _, _ in .int(0) }
        return m
    }

    /// Objects CPython lets a weak reference point at.
    static func isWeakReferenceable(_ o: PyObject) -> Bool {
        if o.hasUserClass { return true }
        switch o.kind {
        case .instance, .function, .type, .set, .frozenset, .generator, .boundMethod, .module, .code, .property, .exception:
            return true
        case .other:
            return o is PyGenerator
        default:
            return false
        }
    }

    static func target(_ v: Value) throws -> WeakTarget {
        guard case .object(let o) = v, o.kind == .instance, let s = storage[ObjectIdentifier(o)] else {
            throw PyError.typeError("descriptor '__call__' requires a 'weakref.ReferenceType' object")
        }
        return s
    }

    static func makeRefType() -> PyType {
        let t = PyType(name: "ReferenceType", module: "weakref", bases: [BuiltinTypes.object], isBuiltin: false)
        t.setLinearMRO()
        t.slots = []
        t.instancesHaveDict = false
        // weakref.ref[int] is a types.GenericAlias, as CPython's.
        Meth.classMethod(t, "__class_getitem__") { vm, cls, args, _ in
            guard args.count == 1 else { throw PyError.typeError("ReferenceType.__class_getitem__() takes exactly one argument (\(args.count) given)") }
            return .object(GenericAlias.make(origin: .object(cls), args: args[0], vm: vm))
        }
        // ref(obj[, callback]): the instance is made by the class call, filled here.
        t.dict["__init__"] = .object(PyBuiltinFunction(name: "__init__", owner: "weakref", isMethod: true) { vm, args, kw in
            guard args.count >= 2, args.count <= 3, case .object(let me) = args[0], let r = me as? PyInstance else {
                throw PyError.typeError("__new__ expected at least 1 argument, got \(max(args.count - 1, 0))")
            }
            guard case .object(let o) = args[1], isWeakReferenceable(o) else {
                throw PyError.typeError("cannot create weak reference to '\(vm.typeOf(args[1]).name)' object")
            }
            let callback = args.count == 3 ? args[2] : .none
            let w = WeakTarget(o, callback: callback)
            storage[ObjectIdentifier(r)] = w
            if !callback.isNone {
                watched.append((WeakBox(r), w))
                Finalization.watchedWeakrefs = watched.count
            }
            return .none
        })
        t.dict["__call__"] = .object(PyBuiltinFunction(name: "__call__", owner: "weakref", isMethod: true) { _, args, _ in
            guard let me = args.first else { throw PyError.typeError("weakref.__call__ needs an argument") }
            return try target(me).target.map { .object($0) } ?? .none
        })
        t.dict["__callback__"] = .object(PyProperty(getter: Bootstrap.function("__callback__") { _, args, _ in
            guard let me = args.first, let w = try? target(me) else { return .none }
            return w.done ? .none : w.callback
        }))
        t.dict["__hash__"] = .object(PyBuiltinFunction(name: "__hash__", owner: "weakref", isMethod: true) { vm, args, _ in
            let w = try target(args[0])
            if let h = w.hash { return .int(h) }
            guard let o = w.target else { throw PyError.typeError("weak object has gone away") }
            let h = try vm.hash(.object(o))
            w.hash = h
            return .int(h)
        })
        t.dict["__eq__"] = .object(PyBuiltinFunction(name: "__eq__", owner: "weakref", isMethod: true) { vm, args, _ in
            guard args.count == 2, let a = try? target(args[0]) else { return .object(BuiltinTypes.notImplemented) }
            guard let b = try? target(args[1]) else { return .object(BuiltinTypes.notImplemented) }
            if let x = a.target, let y = b.target { return .bool(try vm.equals(.object(x), .object(y))) }
            return .bool(args[0].isIdentical(to: args[1]))
        })
        t.dict["__repr__"] = .object(PyBuiltinFunction(name: "__repr__", owner: "weakref", isMethod: true) { vm, args, _ in
            guard let me = args.first, case .object(let ro) = me else { return .str("<weakref>") }
            let w = try target(me)
            guard let o = w.target else { return .str("<weakref at \(VM.hexAddress(ro.address)); dead>") }
            return .str("<weakref at \(VM.hexAddress(ro.address)); to '\(o.pyType.qualname)' at \(VM.hexAddress(o.address))>")
        })
        return t
    }

    /// The cycle collector found `garbage` (CycleCollector.swift): weak
    /// references to it answer None from now on, and the callbacks of those
    /// that are not garbage themselves are returned to be run, as CPython's
    /// handle_weakrefs does before any finalizer.
    static func clearReferences(to garbage: [PyTrackedObject]) -> [(PyInstance, WeakTarget)] {
        if storage.isEmpty { return [] }
        var position: [ObjectIdentifier: Int] = [:]
        for (i, o) in garbage.enumerated() { position[ObjectIdentifier(o)] = i }
        // In the garbage's order; an object's newest reference first (CPython
        // puts a reference with a callback at the head of the object's list).
        var due: [(at: Int, made: Int, ref: PyInstance, target: WeakTarget)] = []
        var made = 0
        watched.removeAll { entry in
            made += 1
            guard let t = entry.target.target, let at = position[ObjectIdentifier(t)] else { return false }
            if let ref = entry.ref.value, position[ObjectIdentifier(ref)] == nil, !entry.target.done {
                due.append((at, made, ref, entry.target))
            }
            entry.target.done = true
            return true
        }
        Finalization.watchedWeakrefs = watched.count
        for w in storage.values {
            if let t = w.target, position[ObjectIdentifier(t)] != nil { w.target = nil }
        }
        due.sort { $0.at != $1.at ? $0.at < $1.at : $0.made > $1.made }
        return due.map { ($0.ref, $0.target) }
    }

    /// After deaths: the callbacks of weak references whose object is gone
    /// (Finalization.swift calls this when a watched object may have died).
    static func runDeadCallbacks(_ vm: VM) {
        var due: [(PyInstance, WeakTarget)] = []
        watched.removeAll { entry in
            guard let ref = entry.ref.value else { return true }
            if entry.target.target == nil && !entry.target.done {
                entry.target.done = true
                due.append((ref, entry.target))
                return true
            }
            return false
        }
        Finalization.watchedWeakrefs = watched.count
        // PyObject_ClearWeakRefs calls one object's callbacks newest first
        // (a new callback reference goes to the front of its list).
        var order: [ObjectIdentifier] = []
        var byTarget: [ObjectIdentifier: [(PyInstance, WeakTarget)]] = [:]
        for d in due {
            if byTarget[d.1.targetID] == nil { order.append(d.1.targetID) }
            byTarget[d.1.targetID, default: []].append(d)
        }
        due = order.flatMap { byTarget[$0]!.reversed() }
        for (ref, w) in due {
            do {
                _ = try vm.call(w.callback, [.object(ref)])
            } catch let e as PyError {
                vm.reportIgnored(e.exception, in: (try? vm.repr(w.callback)) ?? "callback")
            } catch {}
        }
    }
}
