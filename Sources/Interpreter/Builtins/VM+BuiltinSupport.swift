// What the builtins ask of the VM: callable() and isinstance() checks,
// int-to-base text, the output streams and input, the stable sort behind
// sorted() and list.sort(), and the locals()/globals() snapshots.

import Foundation

extension VM {
    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .function, .builtinFunction, .boundMethod, .type, .staticMethod: return true
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
        if try typeMatches(t, spec, function: function) { return true }
        // object.__instancecheck__ also asks the instance's __class__ (a property may answer).
        if case .object(let o) = v, o.kind == .instance, !t.isBuiltin, case .object(let so) = spec, let cls = so as? PyType,
           let ta = t.lookup("__class__"), case .object(let tao) = ta, tao.kind == .property,
           case .object(let c)? = try getAttributeOrNil(v, "__class__"), let ct = c as? PyType, ct !== t {
            return ct.isSubtype(of: cls)
        }
        return false
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
        if let cls = try lazyBuiltinClass(spec) { return try typeMatches(t, cls, function: function) }
        throw PyError.typeError("\(function)() arg 2 must be a type, a tuple of types, or a union")
    }

    /// builtins.memoryview is a stand-in function until its class (written
    /// in Python, _memoryview.py) is first loaded, which then takes its
    /// place in builtins: isinstance(x, memoryview) loads it.
    func lazyBuiltinClass(_ spec: Value) throws -> Value? {
        guard case .object(let o) = spec, case .object(let stand)? = Bootstrap.builtins["memoryview"], o === stand else { return nil }
        return try getAttribute(.object(try importDotted("_memoryview")), "memoryview")
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
        } else if let order = plainKeyOrder(keys) {
            items = order.map { items[$0] }
        } else {
            var idx = Array(0..<items.count)
            var tmp = idx
            func less(_ a: Int, _ b: Int) throws -> Bool {
                try pollNative()
                return try isTruthy(try richCompare(keys[a], keys[b], .lt))
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

    func globalsDict() throws -> PyDict { try globalsDict(of: currentFrame?.globals ?? globals) }

    /// globals() and f.__globals__: the module's dict, the same object while
    /// it is alive (`globals() is f.__globals__`), refreshed from the module
    /// at each ask, and writing through to it.
    func globalsDict(of g: Globals) throws -> PyDict {
        if let d = g.execDict {
            // Code run by exec(src, d): globals() is d itself, with what the
            // code has bound so far, and stores into it bind names.
            let link = d.namespaceLink
            d.namespaceLink = nil
            for (k, v) in g.boundItems { try d.set(.str(k), v, vm: self) }
            d.namespaceLink = link ?? NamespaceLink(owner: g, vm: self, hidden: [])
            return d
        }
        let fresh = try namespaceDict(of: g)
        if let d = globalsDictView, globalsDictViewOwner === g {
            // Refilled without writing back: the module already holds these.
            let link = d.namespaceLink
            d.namespaceLink = nil
            defer { d.namespaceLink = link }
            d.clear()
            for (k, v) in fresh.pairs { try d.set(k, v, vm: self) }
            return d
        }
        globalsDictView = fresh
        globalsDictViewOwner = g
        return fresh
    }

    /// A dict of the module globals `g` whose item stores, update(), pop(),
    /// clear()... bind and unbind the module's names.
    func namespaceDict(of g: Globals) throws -> PyDict {
        let d = PyDict()
        // The dunders first, in the order a module made by the oracle has them.
        try d.set(.str("__name__"), g["__name__"] ?? .str("__main__"), vm: self)
        for k in ["__doc__", "__package__", "__loader__", "__spec__"] { try d.set(.str(k), g[k] ?? .none, vm: self) }
        if g !== globals, let name = g["__name__"].map({ strValue($0) }) {
            // An imported module, as CPython's import fills it: __path__ for
            // a package, __file__, __cached__ (not for frozen modules) and
            // the builtins' dict.
            if let p = g["__path__"] { try d.set(.str("__path__"), p, vm: self) }
            if let f = g["__file__"] { try d.set(.str("__file__"), f, vm: self) }
            if !VM.cpythonFrozenModules.contains(name) { try d.set(.str("__cached__"), g["__cached__"] ?? .none, vm: self) }
            try d.set(.str("__builtins__"), try getAttribute(.object(builtinsModule), "__dict__"), vm: self)
        } else {
            if let f = g["__file__"] { try d.set(.str("__file__"), f, vm: self) }
            try d.set(.str("__builtins__"), .object(builtinsModule), vm: self)
        }
        for (k, v) in g.boundItems { try d.set(.str(k), v, vm: self) }
        d.namespaceLink = NamespaceLink(owner: g, vm: self, hidden: ["__builtins__"])
        g.liveDict = d
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
        // A running comprehension's variable is what CPython's shared slot holds.
        var fromComprehension = Set<String>()
        // Names an inlined comprehension running here has cleared and not
        // bound yet: the function's own binding is not visible (CPython's
        // LOAD_FAST_AND_CLEAR emptied the shared slot).
        var cleared = Set<String>()
        for s in code.comprehensionStretches where s.range.contains(lastIP) {
            for slot in s.slots where locals[slot] == nil { cleared.insert(code.varnames[slot]) }
        }
        func add(_ name: String, _ v: Value, comprehension: Bool = false) {
            if !comprehension && cleared.contains(name) { return }
            if let i = index[name] {
                if fromComprehension.contains(name) && !comprehension { return }
                out[i].1 = v
            } else { index[name] = out.count; out.append((name, v)) }
            if comprehension { fromComprehension.insert(name) }
        }
        var cellOfParameter: [Int: Int] = [:]
        for (c, slot) in code.cellParameterSlots.enumerated() { if let s = slot { cellOfParameter[s] = c } }
        for i in code.localsDisplayOrder {
            let name = code.varnames[i]
            if code.hiddenSlots.contains(i) { continue }
            if let c = cellOfParameter[i] {
                // A parameter captured by an inner function lives in a cell
                // but keeps its place among the parameters.
                if c < cells.count, let v = cells[c].contents { add(name, v) }
                continue
            }
            if let v = locals[i] { add(name, v, comprehension: code.comprehensionSlots.contains(i)) }
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
