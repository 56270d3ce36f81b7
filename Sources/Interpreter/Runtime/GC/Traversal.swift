// What each tracked object holds (CPython's tp_traverse) and how it lets go
// of it (tp_clear), for the cycle collector (CycleCollector.swift) and for
// gc.get_referents.
//
// The collector subtracts every reference visited here from the target's
// retain count, so a visit must stand for exactly one strong retain made by
// this object. Storage that may be shared (an array whose buffer another
// copy also holds, a generator frame something else also holds) is visited
// only when this object holds it alone; otherwise its references are left
// uncounted, which only makes the collector keep more alive.

extension PyTrackedObject {
    /// Calls `visit` with each value this object holds a strong reference
    /// to. `exact`: only references that are this object's own retains (the
    /// collector); otherwise everything reachable from it (gc.get_referents).
    final func gcTraverse(exact: Bool, _ visit: (Value) -> Void) {
        switch kind {
        case .list:
            let l = unsafeDowncast(self, to: PyList.self)
            if !exact || l.items.storageIsUnique() { l.items.withUnsafeBufferPointer { for v in $0 { visit(v) } } }
        case .tuple:
            let t = unsafeDowncast(self, to: PyTuple.self)
            if !exact || t.items.storageIsUnique() { t.items.withUnsafeBufferPointer { for v in $0 { visit(v) } } }
        case .dict:
            unsafeDowncast(self, to: PyDict.self).gcForEachReference(visit)
        case .set, .frozenset:
            let s = unsafeDowncast(self, to: PySet.self)
            if exact { s.gcForEachReference(visit) } else { for v in s.elements { visit(v) } }
        case .instance:
            let i = unsafeDowncast(self, to: PyInstance.self)
            // A live __dict__ view mirrors the attributes: left uncounted.
            if i.liveDict == nil {
                if exact { i.dict.gcForEachValue(visit) } else { for v in i.dict.values { visit(v) } }
            }
            visit(.object(i.cls))
        case .function:
            let f = unsafeDowncast(self, to: PyFunction.self)
            if !exact || f.defaults.storageIsUnique() { for v in f.defaults { visit(v) } }
            if !exact || f.kwDefaults.storageIsUnique() { for (_, v) in f.kwDefaults { visit(v) } }
            if !exact || f.closure.storageIsUnique() { for c in f.closure { visit(.object(c)) } }
            if !exact || f.annotations.storageIsUnique() { for (_, v) in f.annotations { visit(v) } }
            visit(f.doc)
            if f.liveDict == nil {
                if exact { f.dict.gcForEachValue(visit) } else { for v in f.dict.values { visit(v) } }
            }
        case .cell:
            if let v = unsafeDowncast(self, to: Cell.self).contents { visit(v) }
        case .boundMethod:
            let m = unsafeDowncast(self, to: PyBoundMethod.self)
            visit(m.function)
            visit(m.selfValue)
        case .builtinFunction:
            if let s = unsafeDowncast(self, to: PyBuiltinFunction.self).boundSelf { visit(s) }
        default:
            if let g = self as? PyGenerator { g.gcTraverseFrame(exact: exact, visit) }
        }
    }

    /// The same references in the order CPython's tp_traverse visits them
    /// (lists and tuples from the end, a dict's value before its key), which
    /// decides the order the collector finds garbage in.
    final func gcTraverseInCPythonOrder(_ visit: (Value) -> Void) {
        switch kind {
        case .list:
            let l = unsafeDowncast(self, to: PyList.self)
            if l.items.storageIsUnique() { l.items.withUnsafeBufferPointer { for v in $0.reversed() { visit(v) } } }
        case .tuple:
            let t = unsafeDowncast(self, to: PyTuple.self)
            if t.items.storageIsUnique() { t.items.withUnsafeBufferPointer { for v in $0.reversed() { visit(v) } } }
        case .dict:
            var key: Value = .none
            var isKey = true
            unsafeDowncast(self, to: PyDict.self).gcForEachReference { v in
                if isKey { key = v } else { visit(v); visit(key) }
                isKey.toggle()
            }
        default:
            gcTraverse(exact: true, visit)
        }
    }

    /// How many objects CPython has for this one: a function's closure is a
    /// tuple of its own, and so are its defaults (a dict its keyword
    /// defaults) when they hold a tracked object.
    final var gcObjectCount: Int {
        // A dict or tuple of atomic values is one CPython leaves untracked.
        if kind == .dict || kind == .tuple { return GCModule.isTracked(.object(self)) ? 1 : 0 }
        guard kind == .function else { return 1 }
        let f = unsafeDowncast(self, to: PyFunction.self)
        var n = 1
        if !f.closure.isEmpty { n += 1 }
        if f.defaults.contains(where: { GCModule.isTracked($0) }) { n += 1 }
        if f.kwDefaults.contains(where: { GCModule.isTracked($0.1) }) { n += 1 }
        return n
    }

    /// CPython's tp_clear: drops the references that can make cycles, so
    /// that ARC frees the objects of a dead cycle.
    final func gcClear() {
        switch kind {
        case .list:
            unsafeDowncast(self, to: PyList.self).items = []
        case .dict:
            unsafeDowncast(self, to: PyDict.self).clear()
        case .set, .frozenset:
            unsafeDowncast(self, to: PySet.self).clear()
        case .instance:
            let i = unsafeDowncast(self, to: PyInstance.self)
            i.dict = AttrDict()
            i.native = nil
        case .function:
            let f = unsafeDowncast(self, to: PyFunction.self)
            f.defaults = []
            f.kwDefaults = []
            f.closure = []
            f.annotations = []
            f.doc = .none
            f.dict = AttrDict()
        case .cell:
            unsafeDowncast(self, to: Cell.self).contents = nil
        default:
            if let g = self as? PyGenerator { g.gcClearFrame() }
        }
    }
}

extension PyGenerator {
    fileprivate func gcTraverseFrame(exact: Bool, _ visit: (Value) -> Void) {
        // A running frame is the eval loop's; a shared one is not ours alone.
        if exact && (state == .running || !ownsFrameAlone()) { return }
        let f = frame
        if let fn = f.function { visit(.object(fn)) }
        for i in 0..<f.code.varnames.count { if let v = f.locals[i] { visit(v) } }
        for i in 0..<f.sp { visit(f.stack[i]) }
        if !exact || f.cells.storageIsUnique() { for c in f.cells { visit(.object(c)) } }
        if let ns = f.classNamespace { visit(.object(ns)) }
    }

    fileprivate func gcClearFrame() {
        if state == .running { return }
        state = .finished
        let f = frame
        f.clearLocals()
        f.truncateStack(to: 0)
        f.cells = []
        f.classNamespace = nil
    }
}
