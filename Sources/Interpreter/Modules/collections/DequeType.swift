// collections.deque written in Swift (module `_collections`, re-exported by
// collections): every method is a built-in function over a DequeStorage kept
// in the instance, so q.append / q.popleft / q[-1] / len(q) cost one native
// call. The class is an ordinary (non-built-in) class to the VM, so
// `class History(deque)` subclasses it like any class; messages are CPython's.

enum DequeModule {
    static let type: PyType = makeType()

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_collections")
        m.dict["deque"] = .object(type)
        ModuleFunctions.positional(m, "_count_elements", min: 2, max: 2) { vm, a in
            try countElements(vm, a[0], a[1])
            return .none
        }
        return m
    }

    /// Counter.update's loop, `mapping[e] = mapping.get(e, 0) + 1` for each
    /// element: natively on the dict when its class overrides neither get
    /// nor __setitem__, else through them.
    static func countElements(_ vm: VM, _ mapping: Value, _ iterable: Value) throws {
        if case .object(let o) = mapping, o.kind == .dict,
           !o.hasUserClass || (vm.userOverride(o.pyType, "get") == nil && vm.userOverride(o.pyType, "__setitem__") == nil) {
            let d = unsafeDowncast(o, to: PyDict.self)
            let it = try vm.getIterator(iterable)
            while let x = try vm.nextValue(it) {
                if let old = try d.get(x, vm: vm) {
                    if case .int(let n) = old, n < Int.max { try d.set(x, .int(n + 1), vm: vm); continue }
                    try d.set(x, try vm.binaryOperation(old, .int(1), .add), vm: vm)
                } else {
                    try d.set(x, .int(1), vm: vm)
                }
            }
            return
        }
        let get = try vm.getAttribute(mapping, "get")
        let it = try vm.getIterator(iterable)
        while let x = try vm.nextValue(it) {
            let old = try vm.call(get, [x, .int(0)])
            try vm.setItem(mapping, x, try vm.binaryOperation(old, .int(1), .add))
        }
    }

    /// The storage of a deque (made on first use when a subclass's __init__
    /// did not call deque.__init__).
    static func storage(_ v: Value, _ name: String) throws -> DequeStorage {
        guard case .object(let o) = v, o.kind == .instance, o.pyType.isSubtype(of: type) else {
            let t: String
            switch v {
            case .int: t = "int"
            case .float: t = "float"
            case .bool: t = "bool"
            case .none: t = "NoneType"
            case .object(let o): t = o.pyType.name
            }
            throw PyError.typeError("descriptor '\(name)' for 'collections.deque' objects doesn't apply to a '\(t)' object")
        }
        let inst = unsafeDowncast(o, to: PyInstance.self)
        if let s = inst.native { return unsafeDowncast(s, to: DequeStorage.self) }
        let s = DequeStorage(maxlen: nil)
        inst.native = s
        return s
    }

    static func isDeque(_ v: Value) -> Bool {
        if case .object(let o) = v, o.kind == .instance, o.pyType.isSubtype(of: type) { return true }
        return false
    }

    /// A method taking self and `count` more positional arguments.
    static func def(_ t: PyType, _ name: String, _ min: Int, _ max: Int,
                    _ body: @escaping (VM, DequeStorage, Value, [Value]) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: "deque", isMethod: true) { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("deque.\(name)() takes no keyword arguments") }
            guard let me = args.first else { throw PyError.typeError("unbound method deque.\(name)() needs an argument") }
            let n = args.count - 1
            if n < min || n > max {
                if max == 0 { throw PyError.typeError("deque.\(name)() takes no arguments (\(n) given)") }
                if min == max && max == 1 { throw PyError.typeError("deque.\(name)() takes exactly one argument (\(n) given)") }
                throw PyError.typeError(n < min ? "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)"
                                                : "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
            }
            return try body(vm, try storage(me, name), me, Array(args.dropFirst()))
        }
        if min == 0 && max == 0 { f.fast1 = { vm, me in try body(vm, try storage(me, name), me, []) } }
        if min <= 1 && max >= 1 { f.fast2 = { vm, me, x in try body(vm, try storage(me, name), me, [x]) } }
        t.dict[name] = .object(f)
    }

    static func intArg(_ vm: VM, _ v: Value) throws -> Int {
        guard let i = try vm.indexCInteger(v, cType: "ssize_t") else {
            throw PyError.typeError("'\(vm.typeOf(v).name)' object cannot be interpreted as an integer")
        }
        return i
    }

    static func clampedIndex(_ vm: VM, _ v: Value) throws -> Int {
        guard let i = try vm.indexValue(v) else {
            throw PyError.typeError("slice indices must be integers or have an __index__ method")
        }
        return i
    }

    /// A position for d[i]: CPython's messages for a non-int and out of range.
    static func position(_ vm: VM, _ s: DequeStorage, _ k: Value) throws -> Int {
        guard let big = try vm.indexBig(k) else {
            throw PyError.typeError("sequence index must be integer, not '\(vm.typeOf(k).name)'")
        }
        guard var i = big.asInt else { throw PyError.indexError("cannot fit '\(vm.typeOf(k).name)' into an index-sized integer") }
        if i < 0 { i += s.count }
        if i < 0 || i >= s.count { throw PyError.indexError("deque index out of range") }
        return i
    }

    /// A new deque of the same class with these items: `type(d)(items, maxlen)`
    /// for a subclass, as CPython's deque_copy does.
    static func newLike(_ vm: VM, _ me: Value, _ s: DequeStorage, _ items: [Value]) throws -> Value {
        let cls = vm.typeOf(me)
        if cls !== type {
            return try vm.call(.object(cls), [.object(PyList(items)), s.maxlen.map { .int($0) } ?? .none])
        }
        let inst = PyInstance(cls: type)
        let ns = DequeStorage(maxlen: s.maxlen)
        inst.native = ns
        for v in items { ns.append(v) }
        return .object(inst)
    }

    static func extend(_ vm: VM, _ s: DequeStorage, _ me: Value, _ iterable: Value, left: Bool) throws {
        // d.extend(d) reads a copy, as CPython does.
        let items = iterable.isIdentical(to: me) ? s.items : try vm.iterate(iterable)
        for v in items { if left { s.appendLeft(v) } else { s.append(v) } }
    }

    static func iterator(_ s: DequeStorage, reversed: Bool) -> Value {
        let start = s.state, startCount = s.count
        var i = 0
        let it = PyIterator.native(reversed ? "_deque_reverse_iterator" : "_deque_iterator") { _ in
            if s.state != start || s.count != startCount {
                throw PyError(BuiltinTypes.RuntimeError, "deque mutated during iteration")
            }
            guard i < startCount else { return nil }
            defer { i += 1 }
            return s[reversed ? startCount - 1 - i : i]
        }
        return .object(it)
    }

    static func makeType() -> PyType {
        let t = PyType(name: "deque", module: "collections", bases: [BuiltinTypes.object], isBuiltin: false)
        t.setLinearMRO()
        t.slots = []
        t.instancesHaveDict = false
        t.dict["__doc__"] = .str("A list-like sequence optimized for data accesses near its endpoints.")
        t.dict["__hash__"] = .none
        t.dict["__init__"] = .object(PyBuiltinFunction(name: "__init__", owner: "deque", isMethod: true) { vm, args, kw in
            guard let me = args.first else { throw PyError.typeError("deque.__init__() needs an argument") }
            let a = try PySignature("deque", ["iterable", "maxlen"], required: 0).bind(Array(args.dropFirst()), kw)
            let s = try storage(me, "__init__")
            var maxlen: Int? = nil
            if let m = a[1], !m.isNone {
                guard let i = try vm.indexCInteger(m, cType: "ssize_t") else { throw PyError.typeError("an integer is required") }
                if i < 0 { throw PyError.valueError("maxlen must be non-negative") }
                maxlen = i
            }
            if s.count > 0 { s.replace([]) }
            s.maxlen = maxlen
            if let it = a[0] { try extend(vm, s, me, it, left: false) }
            return .none
        })
        let getter = PyBuiltinFunction(name: "maxlen", owner: "deque", isMethod: true) { _, args, _ in
            try storage(args[0], "maxlen").maxlen.map { .int($0) } ?? .none
        }
        let setter = PyBuiltinFunction(name: "maxlen", owner: "deque", isMethod: true) { _, _, _ in
            throw PyError.attributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")
        }
        t.dict["maxlen"] = .object(PyProperty(getter: .object(getter), setter: .object(setter), deleter: .object(setter),
                                              doc: .str("maximum size of a deque or None if unbounded")))
        t.dict["__class_getitem__"] = .object({ () -> PyBuiltinFunction in
            let f = PyBuiltinFunction(name: "__class_getitem__", owner: "deque", isMethod: false) { vm, args, _ in
                // deque[int] is a types.GenericAlias, as list[int] is.
                .object(GenericAlias.make(origin: args[0], args: args.count > 1 ? args[1] : .none, vm: vm))
            }
            f.isClassMethod = true
            return f
        }())
        installEnds(t)
        installSearch(t)
        installProtocol(t)
        return t
    }

    /// The fast entry of a one-argument method, without the argument array.
    static func fast2(_ t: PyType, _ name: String, _ body: @escaping (DequeStorage, Value) -> Void) {
        guard case .object(let o)? = t.dict[name] else { return }
        unsafeDowncast(o, to: PyBuiltinFunction.self).fast2 = { _, me, x in body(try storage(me, name), x); return .none }
    }

    static func installEnds(_ t: PyType) {
        def(t, "append", 1, 1) { _, s, _, a in s.append(a[0]); return .none }
        def(t, "appendleft", 1, 1) { _, s, _, a in s.appendLeft(a[0]); return .none }
        fast2(t, "append") { s, x in s.append(x) }
        fast2(t, "appendleft") { s, x in s.appendLeft(x) }
        def(t, "pop", 0, 0) { _, s, _, _ in
            if s.count == 0 { throw PyError.indexError("pop from an empty deque") }
            s.state &+= 1
            return s.popBack()
        }
        def(t, "popleft", 0, 0) { _, s, _, _ in
            if s.count == 0 { throw PyError.indexError("pop from an empty deque") }
            s.state &+= 1
            return s.popFront()
        }
        def(t, "extend", 1, 1) { vm, s, me, a in try extend(vm, s, me, a[0], left: false); return .none }
        def(t, "extendleft", 1, 1) { vm, s, me, a in try extend(vm, s, me, a[0], left: true); return .none }
        def(t, "clear", 0, 0) { _, s, _, _ in s.replace([]); return .none }
        def(t, "rotate", 0, 1) { vm, s, _, a in
            s.rotate(a.isEmpty ? 1 : try intArg(vm, a[0]))
            return .none
        }
        def(t, "reverse", 0, 0) { _, s, _, _ in s.replace(s.items.reversed()); return .none }
        def(t, "copy", 0, 0) { vm, s, me, _ in try newLike(vm, me, s, s.items) }
        t.dict["__copy__"] = t.dict["copy"]
    }

    static func installSearch(_ t: PyType) {
        def(t, "count", 1, 1) { vm, s, _, a in
            var n = 0
            for v in s.items where try v.isIdentical(to: a[0]) || vm.equals(v, a[0]) { n += 1 }
            return .int(n)
        }
        def(t, "index", 1, 3) { vm, s, _, a in
            let n = s.count
            // _PyEval_SliceIndexNotNone: a huge bound clamps, it does not overflow.
            var start = a.count > 1 ? try clampedIndex(vm, a[1]) : 0
            var stop = a.count > 2 ? try clampedIndex(vm, a[2]) : n
            if start < 0 { start = Swift.max(start + n, 0) }
            if stop < 0 { stop = Swift.max(stop + n, 0) }
            stop = Swift.min(stop, n)
            var i = start
            while i < stop {
                let v = s[i]
                if v.isIdentical(to: a[0]) { return .int(i) }
                let st = s.state
                if try vm.equals(v, a[0]) { return .int(i) }
                if s.state != st { throw PyError(BuiltinTypes.RuntimeError, "deque mutated during iteration") }
                i += 1
            }
            throw PyError.valueError("\(try vm.repr(a[0])) is not in deque")
        }
        def(t, "insert", 2, 2) { vm, s, _, a in
            if let m = s.maxlen, s.count >= m { throw PyError.indexError("deque already at its maximum size") }
            var i = try intArg(vm, a[0])
            let n = s.count
            if i < 0 { i = Swift.max(i + n, 0) }
            i = Swift.min(i, n)
            if i == n { s.append(a[1]) } else if i == 0 { s.appendLeft(a[1]) } else {
                var items = s.items
                items.insert(a[1], at: i)
                s.replace(items)
            }
            return .none
        }
        def(t, "remove", 1, 1) { vm, s, _, a in
            for i in 0..<s.count {
                let v = s[i]
                if try v.isIdentical(to: a[0]) || vm.equals(v, a[0]) {
                    var items = s.items
                    items.remove(at: i)
                    s.replace(items)
                    return .none
                }
            }
            throw PyError.valueError("\(try vm.repr(a[0])) is not in deque")
        }
    }

    static func installProtocol(_ t: PyType) {
        def(t, "__len__", 0, 0) { _, s, _, _ in .int(s.count) }
        def(t, "__bool__", 0, 0) { _, s, _, _ in .bool(s.count > 0) }
        def(t, "__contains__", 1, 1) { vm, s, _, a in
            for v in s.items where try v.isIdentical(to: a[0]) || vm.equals(v, a[0]) { return .bool(true) }
            return .bool(false)
        }
        def(t, "__iter__", 0, 0) { _, s, _, _ in iterator(s, reversed: false) }
        def(t, "__reversed__", 0, 0) { _, s, _, _ in iterator(s, reversed: true) }
        def(t, "__getitem__", 1, 1) { vm, s, _, a in s[try position(vm, s, a[0])] }
        def(t, "__setitem__", 2, 2) { vm, s, _, a in
            s[try position(vm, s, a[0])] = a[1]
            return .none
        }
        def(t, "__delitem__", 1, 1) { vm, s, _, a in
            let i = try position(vm, s, a[0])
            if i == 0 { s.state &+= 1; s.popFront() } else if i == s.count - 1 { s.state &+= 1; s.popBack() } else {
                var items = s.items
                items.remove(at: i)
                s.replace(items)
            }
            return .none
        }
        def(t, "__repr__", 0, 0) { vm, s, me, _ in
            guard case .object(let o) = me else { return .none }
            let name = vm.typeOf(me).name
            let body = try vm.withReprGuard(o, "[...]") {
                "[" + (try s.items.map { try vm.repr($0) }.joined(separator: ", ")) + "]"
            }
            if body == "[...]" { return .str(body) }
            if let m = s.maxlen { return .str("\(name)(\(body), maxlen=\(m))") }
            return .str("\(name)(\(body))")
        }
        for (op, names) in VM.compareDunders {
            def(t, names.0, 1, 1) { vm, s, _, a in
                guard isDeque(a[0]) else { return .object(BuiltinTypes.notImplemented) }
                let other = try storage(a[0], names.0)
                return try vm.richCompare(.object(PyList(s.items)), .object(PyList(other.items)), op)
            }
        }
        def(t, "__add__", 1, 1) { vm, s, me, a in
            guard isDeque(a[0]) else {
                throw PyError.typeError("can only concatenate deque (not \"\(vm.typeOf(a[0]).name)\") to deque")
            }
            return try newLike(vm, me, s, s.items + (try storage(a[0], "__add__")).items)
        }
        def(t, "__iadd__", 1, 1) { vm, s, me, a in
            try extend(vm, s, me, a[0], left: false)
            return me
        }
        def(t, "__mul__", 1, 1) { vm, s, me, a in
            let n = try intArg(vm, a[0])
            let items = s.items
            var out: [Value] = []
            if n > 0 { for _ in 0..<n { out += items } }
            return try newLike(vm, me, s, out)
        }
        t.dict["__rmul__"] = t.dict["__mul__"]
        def(t, "__imul__", 1, 1) { vm, s, me, a in
            let n = try intArg(vm, a[0])
            let items = s.items
            s.replace([])
            if n > 0 { for _ in 0..<n { for v in items { s.append(v) } } }
            return me
        }
        let reduce: (VM, DequeStorage, Value, [Value]) throws -> Value = { vm, s, me, _ in
            var parts: [Value] = [.object(vm.typeOf(me)), .object(PyTuple([.object(PyList(s.items)), s.maxlen.map { .int($0) } ?? .none]))]
            if case .object(let o) = me, let inst = o as? PyInstance, !inst.dict.isEmpty {
                parts.append(.object(try vm.dictFromAttrs(inst.dict)))
            }
            return .object(PyTuple(parts))
        }
        def(t, "__reduce__", 0, 0, reduce)
        def(t, "__reduce_ex__", 0, 1, reduce)
    }
}
