// Subscripts, slices, iteration, membership, unpacking and len().

/// dict.keys() / values() / items(): live views over a dict.
public final class PyDictView: PyObject {
    public enum Mode { case keys, values, items }
    public let dict: PyDict
    public let mode: Mode
    init(dict: PyDict, mode: Mode) {
        self.dict = dict
        self.mode = mode
        super.init(kind: .other)
    }
    public override var pyType: PyType {
        switch mode {
        case .keys: return BuiltinTypes.iteratorType(named: "dict_keys")
        case .values: return BuiltinTypes.iteratorType(named: "dict_values")
        case .items: return BuiltinTypes.iteratorType(named: "dict_items")
        }
    }
    func elements() -> [Value] {
        switch mode {
        case .keys: return dict.keys
        case .values: return dict.values
        case .items: return dict.pairs.map { .object(PyTuple([$0.key, $0.value])) }
        }
    }
    func repr(_ vm: VM) throws -> String {
        "\(pyType.name)([" + (try elements().map { try vm.repr($0) }.joined(separator: ", ")) + "])"
    }
    func iterator() -> PyIterator {
        let it: PyIterator
        switch mode {
        case .keys: it = PyIterator(mode: .dictKeys, typeName: "dict_keyiterator")
        case .values: it = PyIterator(mode: .dictValues, typeName: "dict_valueiterator")
        case .items: it = PyIterator(mode: .dictItems, typeName: "dict_itemiterator")
        }
        it.target = dict
        it.version = dict.version
        return it
    }
}

extension VM {
    // MARK: Indexing

    /// Normalises an index for a sequence of `count` items (IndexError if out of range).
    func sequenceIndex(_ k: Value, count: Int, typeName: String) throws -> Int {
        guard var i = try indexValue(k) else {
            throw PyError.typeError("\(typeName) indices must be integers or slices, not \(typeOf(k).name)")
        }
        if i < 0 { i += count }
        if i < 0 || i >= count { throw PyError.indexError("\(typeName) index out of range") }
        return i
    }

    /// An int-like value as Int (bools too, and __index__).
    func indexValue(_ v: Value) throws -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            return unsafeDowncast(o, to: PyInt.self).value.isNegative ? Int.min / 2 : Int.max / 2
        case .object(let o) where o.kind == .instance:
            if let f = o.pyType.lookup("__index__") { return try indexValue(try call(try bindIfFunction(f, to: v, type: o.pyType), [])) }
            return nil
        default: return nil
        }
    }

    /// Python's slice.indices(count) -> (start, stop, step, length).
    func sliceIndices(_ s: PySlice, count: Int) throws -> (Int, Int, Int, Int) {
        var step = 1
        if !s.step.isNone {
            guard let st = try indexValue(s.step) else { throw PyError.typeError("slice indices must be integers or None or have an __index__ method") }
            if st == 0 { throw PyError.valueError("slice step cannot be zero") }
            step = st
        }
        func bound(_ v: Value, _ def: Int, _ lo: Int, _ hi: Int) throws -> Int {
            if v.isNone { return def }
            guard var i = try indexValue(v) else { throw PyError.typeError("slice indices must be integers or None or have an __index__ method") }
            if i < 0 { i += count; if i < lo { i = lo } } else if i > hi { i = hi }
            return i
        }
        let start: Int, stop: Int
        if step > 0 {
            start = try bound(s.start, 0, 0, count)
            stop = try bound(s.stop, count, 0, count)
        } else {
            start = try bound(s.start, count - 1, -1, count - 1)
            stop = try bound(s.stop, -1, -1, count - 1)
        }
        var length = 0
        if step > 0 { if start < stop { length = (stop - start - 1) / step + 1 } } else if start > stop { length = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, length)
    }

    func sliceElements<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, length) = try sliceIndices(s, count: items.count)
        if step == 1 { return Array(items[start..<(start + length)]) }
        var out: [T] = []
        out.reserveCapacity(length)
        var i = start
        for _ in 0..<length { out.append(items[i]); i += step }
        return out
    }

    public func getItem(_ c: Value, _ k: Value) throws -> Value {
        guard case .object(let o) = c else {
            throw PyError.typeError("'\(typeOf(c).name)' object is not subscriptable")
        }
        switch o.kind {
        case .list:
            let items = unsafeDowncast(o, to: PyList.self).items
            if case .object(let so) = k, so.kind == .slice { return .object(PyList(try sliceElements(items, unsafeDowncast(so, to: PySlice.self)))) }
            return items[try sequenceIndex(k, count: items.count, typeName: "list")]
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            if case .object(let so) = k, so.kind == .slice { return .object(PyTuple(try sliceElements(items, unsafeDowncast(so, to: PySlice.self)))) }
            return items[try sequenceIndex(k, count: items.count, typeName: "tuple")]
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            if case .object(let so) = k, so.kind == .slice {
                return .object(PyStr.fromScalars(try sliceElements(s.scalars, unsafeDowncast(so, to: PySlice.self))))
            }
            let sc = s.scalars
            return .object(StringCache.char(sc[try sequenceIndex(k, count: sc.count, typeName: "string")]))
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            if let v = try d.get(k, vm: self) { return v }
            throw PyError.keyError(k)
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            if case .object(let so) = k, so.kind == .slice {
                let (start, _, step, length) = try sliceIndices(unsafeDowncast(so, to: PySlice.self), count: r.count)
                let newStart = r.element(start)
                return .object(PyRange(start: newStart, stop: newStart + length * r.step * step, step: r.step * step))
            }
            return .int(r.element(try sequenceIndex(k, count: r.count, typeName: "range object")))
        case .bytes:
            let b = unsafeDowncast(o, to: PyBytes.self).bytes
            if case .object(let so) = k, so.kind == .slice { return .object(PyBytes(try sliceElements(b, unsafeDowncast(so, to: PySlice.self)))) }
            return .int(Int(b[try sequenceIndex(k, count: b.count, typeName: "index")]))
        case .instance, .exception:
            let t = o.pyType
            if let f = t.lookup("__getitem__") { return try call(try bindIfFunction(f, to: c, type: t), [k]) }
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            if let f = try metaMethod(c, "__getitem__") { return try call(f, [k]) }
            if let f = t.lookup("__class_getitem__") {
                // Implicitly a classmethod, as in CPython.
                let fn = (f.asObject as? PyMethodWrapper)?.function ?? f
                return try call(fn, [c, k])
            }
            if t.isBuiltin { return .object(GenericAlias.make(origin: c, args: k, vm: self)) }
            throw PyError.typeError("type '\(t.name)' is not subscriptable")
        default: break
        }
        throw PyError.typeError("'\(o.pyType.name)' object is not subscriptable")
    }

    public func setItem(_ c: Value, _ k: Value, _ v: Value) throws {
        guard case .object(let o) = c else { throw PyError.typeError("'\(typeOf(c).name)' object does not support item assignment") }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if case .object(let so) = k, so.kind == .slice {
                // PySequence_Fast's message when the value is not iterable.
                let values: [Value]
                if case .object(let vo) = v, vo.kind == .list || vo.kind == .tuple {
                    values = try iterate(v)
                } else {
                    let it: Value
                    do { it = try getIterator(v) } catch let e as PyError where e.exception.cls === BuiltinTypes.TypeError {
                        throw PyError.typeError("must assign iterable to extended slice")
                    }
                    var out: [Value] = []
                    while let x = try nextValue(it) { out.append(x) }
                    values = out
                }
                try assignSlice(l, unsafeDowncast(so, to: PySlice.self), values)
                return
            }
            l.items[try sequenceIndex(k, count: l.items.count, typeName: "list assignment")] = v
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            try d.set(k, v, vm: self)
            if d === globalsDictView, case .object(let ko) = k, let name = ko as? PyStr {
                let g = globalsDictViewOwner ?? globals
                g.store(v, slot: g.slot(for: name.value))
            }
            if d === instanceDictView.dict, let inst = instanceDictView.owner, case .object(let ko) = k, let name = ko as? PyStr {
                inst.dict[name.value] = v
            }
        case .instance:
            let t = o.pyType
            if let f = t.lookup("__setitem__") { _ = try call(try bindIfFunction(f, to: c, type: t), [k, v]); return }
            fallthrough
        default:
            throw PyError.typeError("'\(o.pyType.name)' object does not support item assignment")
        }
    }

    func assignSlice(_ l: PyList, _ s: PySlice, _ values: [Value]) throws {
        let (start, stop, step, length) = try sliceIndices(s, count: l.items.count)
        if step == 1 {
            let end = max(start, stop)
            l.items.replaceSubrange(start..<end, with: values)
            return
        }
        if values.count != length {
            throw PyError.valueError("attempt to assign sequence of size \(values.count) to extended slice of size \(length)")
        }
        var i = start
        for v in values { l.items[i] = v; i += step }
    }

    public func deleteItem(_ c: Value, _ k: Value) throws {
        guard case .object(let o) = c else { throw PyError.typeError("'\(typeOf(c).name)' object doesn't support item deletion") }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if case .object(let so) = k, so.kind == .slice {
                let (start, _, step, length) = try sliceIndices(unsafeDowncast(so, to: PySlice.self), count: l.items.count)
                var remove = Set<Int>()
                var i = start
                for _ in 0..<length { remove.insert(i); i += step }
                l.items = l.items.enumerated().filter { !remove.contains($0.offset) }.map { $0.element }
                return
            }
            l.items.remove(at: try sequenceIndex(k, count: l.items.count, typeName: "list assignment"))
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            if try d.remove(k, vm: self) == nil { throw PyError.keyError(k) }
            if d === instanceDictView.dict, let inst = instanceDictView.owner, case .object(let ko) = k, let name = ko as? PyStr {
                inst.dict[name.value] = nil
            }
        case .instance:
            let t = o.pyType
            if let f = t.lookup("__delitem__") { _ = try call(try bindIfFunction(f, to: c, type: t), [k]); return }
            fallthrough
        default:
            throw PyError.typeError("'\(o.pyType.name)' object doesn't support item deletion")
        }
    }

    // MARK: Iteration

    public func getIterator(_ v: Value) throws -> Value {
        guard case .object(let o) = v else { throw PyError.typeError("'\(typeOf(v).name)' object is not iterable") }
        switch o.kind {
        case .type:
            if let f = try metaMethod(v, "__iter__") {
                let it = try call(f, [])
                guard typeOf(it).lookup("__next__") != nil || it.asObject?.kind == .generator || it.asObject?.kind == .iterator else {
                    throw PyError.typeError("iter() returned non-iterator of type '\(typeOf(it).name)'")
                }
                return it
            }
            throw PyError.typeError("'type' object is not iterable")
        case .list: return .object(PyIterator.overList(unsafeDowncast(o, to: PyList.self)))
        case .tuple: return .object(PyIterator.overTuple(unsafeDowncast(o, to: PyTuple.self).items))
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            return .object(PyIterator.overRange(start: r.start, stop: r.stop, step: r.step))
        case .str:
            let it = PyIterator(mode: .str, typeName: "str_ascii_iterator")
            it.target = o
            return .object(it)
        case .dict:
            let it = PyIterator(mode: .dictKeys, typeName: "dict_keyiterator")
            it.target = o
            it.version = unsafeDowncast(o, to: PyDict.self).version
            return .object(it)
        case .set, .frozenset:
            let it = PyIterator(mode: .set, typeName: "set_iterator")
            it.target = o
            it.version = unsafeDowncast(o, to: PySet.self).version
            return .object(it)
        case .bytes:
            return .object(PyIterator.overTuple(unsafeDowncast(o, to: PyBytes.self).bytes.map { .int(Int($0)) }))
        case .iterator, .generator: return v
        case .other:
            if let view = o as? PyDictView { return .object(view.iterator()) }
        case .instance, .exception:
            let t = o.pyType
            if let f = t.lookup("__iter__") {
                let it = try call(try bindIfFunction(f, to: v, type: t), [])
                let itType = typeOf(it)
                if case .object(let io) = it, io.kind == .iterator || io.kind == .generator { return it }
                if itType.lookup("__next__") == nil {
                    throw PyError.typeError("iter() returned non-iterator of type '\(itType.name)'")
                }
                return it
            }
            if t.lookup("__getitem__") != nil {
                var i = 0
                let it = PyIterator.native("iterator") { vm in
                    do {
                        let r = try vm.getItem(v, .int(i))
                        i += 1
                        return r
                    } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.IndexError) || e.exception.cls.isSubtype(of: BuiltinTypes.StopIteration) {
                        return nil
                    }
                }
                if o.kind == .instance, t.lookup("__len__") != nil {
                    it.lengthHintFn = { vm in _ = try vm.length(v) }
                }
                return .object(it)
            }
        default: break
        }
        throw PyError.typeError("'\(o.pyType.name)' object is not iterable")
    }

    /// The next value of an iterator, nil when exhausted.
    public func nextValue(_ it: Value) throws -> Value? {
        guard case .object(let o) = it else { throw PyError.typeError("'\(typeOf(it).name)' object is not an iterator") }
        switch o.kind {
        case .iterator: return try unsafeDowncast(o, to: PyIterator.self).next(vm: self)
        case .generator:
            switch try resumeGenerator(unsafeDowncast(o, to: PyGenerator.self), send: .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        default:
            let t = o.pyType
            guard let f = t.lookup("__next__") else { throw PyError.typeError("'\(t.name)' object is not an iterator") }
            do {
                return try call(try bindIfFunction(f, to: it, type: t), [])
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.StopIteration) {
                return nil
            }
        }
    }

    /// FOR_ITER on anything but a builtin iterator: as nextValue, but an
    /// iterator that ends by raising StopIteration (a user `__next__`, a
    /// generator returning a value) is an `exception` event in the looping
    /// frame, as CPython's instrumented FOR_ITER reports it.
    func nextForLoop(_ it: Value, _ frame: Frame) throws -> Value? {
        guard case .object(let o) = it else { throw PyError.typeError("'\(typeOf(it).name)' object is not an iterator") }
        switch o.kind {
        case .iterator: return try unsafeDowncast(o, to: PyIterator.self).next(vm: self)
        case .generator:
            switch try resumeGenerator(unsafeDowncast(o, to: PyGenerator.self), send: .none) {
            case .yielded(let v): return v
            case .returned(let r):
                if hookActive && !r.isNone { try traceEvent(.exception, frame, .object(PyError.stopIteration(r).exception)) }
                return nil
            }
        default:
            let t = o.pyType
            guard let f = t.lookup("__next__") else { throw PyError.typeError("'\(t.name)' object is not an iterator") }
            do {
                return try call(try bindIfFunction(f, to: it, type: t), [])
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.StopIteration) {
                // A library iterator stands for one of CPython's C iterators,
                // which end a loop without an exception event.
                let isLibrary = (f.asObject as? PyFunction)?.code.isLibrary ?? false
                if hookActive && !isLibrary { try traceEvent(.exception, frame, .object(e.exception)) }
                return nil
            }
        }
    }

    /// All values of an iterable as list(), tuple(), sorted(), list.extend
    /// and str.join collect them (CPython's list_extend / PySequence_Tuple):
    /// the iterator is made first, then the iterable's length hint is asked
    /// for (a user `__len__` or `__length_hint__` runs), then it is drained.
    func iterateSized(_ v: Value) throws -> [Value] {
        if case .object(let o) = v, o.kind == .list || o.kind == .tuple { return try iterate(v) }
        let it = try getIterator(v)
        try lengthHint(v)
        var out: [Value] = []
        while let x = try nextValue(it) { out.append(x) }
        return out
    }

    /// PyObject_LengthHint for user objects (only its side effects matter
    /// here): `__len__`, else `__length_hint__`; a TypeError is ignored.
    func lengthHint(_ v: Value) throws {
        if case .object(let o) = v, o.kind == .iterator, let h = unsafeDowncast(o, to: PyIterator.self).lengthHintFn {
            do { try h(self) } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.TypeError) {}
            return
        }
        guard case .object(let o) = v, o.kind == .instance else { return }
        let t = o.pyType
        do {
            if t.lookup("__len__") != nil {
                _ = try length(v)
            } else if let f = t.lookup("__length_hint__") {
                _ = try call(try bindIfFunction(f, to: v, type: t), [])
            }
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.TypeError) {
        }
    }

    /// All values of an iterable.
    public func iterate(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items
            default: break
            }
        }
        let it = try getIterator(v)
        var out: [Value] = []
        while let x = try nextValue(it) { out.append(x) }
        return out
    }

    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        guard case .object(let o) = container else {
            throw PyError.typeError("argument of type '\(typeOf(container).name)' is not iterable")
        }
        switch o.kind {
        case .type where unsafeDowncast(o, to: PyType.self).metaclass != nil:
            if let f = try metaMethod(container, "__contains__") { return try isTruthy(try call(f, [item])) }
            if try metaMethod(container, "__iter__") != nil {
                let it = try getIterator(container)
                while let x = try nextValue(it) { if try equals(x, item) { return true } }
                return false
            }
            throw PyError.typeError("argument of type '\(typeOf(container).name)' is not iterable")
        case .list:
            for x in unsafeDowncast(o, to: PyList.self).items where try equals(x, item) { return true }
            return false
        case .tuple:
            for x in unsafeDowncast(o, to: PyTuple.self).items where try equals(x, item) { return true }
            return false
        case .str:
            guard case .object(let io) = item, io.kind == .str else {
                throw PyError.typeError("'in <string>' requires string as left operand, not \(typeOf(item).name)")
            }
            let needle = unsafeDowncast(io, to: PyStr.self).value
            return needle.isEmpty || unsafeDowncast(o, to: PyStr.self).value.contains(needle)
        case .dict: return try unsafeDowncast(o, to: PyDict.self).get(item, vm: self) != nil
        case .set, .frozenset: return try unsafeDowncast(o, to: PySet.self).contains(item, vm: self)
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            guard let n = asNum(item) else {
                return false
            }
            guard case .int(let i) = n else {
                if case .float(let d) = n, d == d.rounded(), abs(d) < 9e18 { return try contains(container, .int(Int(d))) }
                return false
            }
            if r.step > 0 { return i >= r.start && i < r.stop && (i - r.start) % r.step == 0 }
            return i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
        case .other:
            if let view = o as? PyDictView {
                if view.mode == .keys { return try view.dict.get(item, vm: self) != nil }
                for x in view.elements() where try equals(x, item) { return true }
                return false
            }
        case .instance:
            let t = o.pyType
            if let f = t.lookup("__contains__") { return try isTruthy(try call(try bindIfFunction(f, to: container, type: t), [item])) }
        default: break
        }
        let it: Value
        do { it = try getIterator(container) } catch {
            throw PyError.typeError("argument of type '\(o.pyType.name)' is not iterable")
        }
        while let x = try nextValue(it) { if try equals(x, item) { return true } }
        return false
    }

    func unpack(_ v: Value, count: Int) throws -> [Value] {
        var items: [Value]
        var knownLength = true
        if case .object(let o) = v, o.kind == .list || o.kind == .tuple {
            items = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
        } else {
            guard (try? getIterator(v)) != nil else {
                throw PyError.typeError("cannot unpack non-iterable \(typeOf(v).name) object")
            }
            knownLength = typeOf(v) === BuiltinTypes.str || typeOf(v) === BuiltinTypes.dict || typeOf(v) === BuiltinTypes.set || typeOf(v) === BuiltinTypes.range
            let it = try getIterator(v)
            items = []
            while let x = try nextValue(it) {
                items.append(x)
                if items.count > count && !knownLength { break }
            }
        }
        if items.count < count { throw PyError.valueError("not enough values to unpack (expected \(count), got \(items.count))") }
        if items.count > count {
            throw PyError.valueError("too many values to unpack (expected \(count))")
        }
        return items
    }

    func unpackStarred(_ v: Value, before: Int, after: Int) throws -> [Value] {
        guard (try? getIterator(v)) != nil else {
            throw PyError.typeError("cannot unpack non-iterable \(typeOf(v).name) object")
        }
        let items = try iterate(v)
        if items.count < before + after {
            throw PyError.valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        var out = Array(items[0..<before])
        out.append(.object(PyList(Array(items[before..<(items.count - after)]))))
        out.append(contentsOf: items[(items.count - after)...])
        return out
    }

    public func length(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            switch o.kind {
            case .type:
                if let f = try metaMethod(v, "__len__") {
                    let r = try call(f, [])
                    guard let n = try indexValue(r) else { throw PyError.typeError("'\(typeOf(r).name)' object cannot be interpreted as an integer") }
                    if n < 0 { throw PyError.valueError("__len__() should return >= 0") }
                    return n
                }
            case .str: return unsafeDowncast(o, to: PyStr.self).length
            case .list: return unsafeDowncast(o, to: PyList.self).items.count
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
            case .dict: return unsafeDowncast(o, to: PyDict.self).count
            case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count
            case .range: return unsafeDowncast(o, to: PyRange.self).count
            case .bytes: return unsafeDowncast(o, to: PyBytes.self).bytes.count
            case .other:
                if let view = o as? PyDictView { return view.dict.count }
            case .instance:
                let t = o.pyType
                if let f = t.lookup("__len__") {
                    let r = try call(try bindIfFunction(f, to: v, type: t), [])
                    guard let n = try indexValue(r) else { throw PyError.typeError("'\(typeOf(r).name)' object cannot be interpreted as an integer") }
                    if n < 0 { throw PyError.valueError("__len__() should return >= 0") }
                    return n
                }
            default: break
            }
        }
        throw PyError.typeError("object of type '\(typeOf(v).name)' has no len()")
    }

    /// `{**m}` and `f(**m)`: copy a mapping into `target`.
    func dictUpdate(_ target: PyDict, from source: Value, merging: Bool, callable: Value) throws {
        if case .object(let o) = source, !(o is PyDict), let keys = try? getAttribute(source, "keys") {
            // Any mapping: keys() and __getitem__, as CPython's PyDict_Merge.
            for k in try iterate(try call(keys, [])) {
                if merging, try target.get(k, vm: self) != nil {
                    let name = (callable.asObject as? PyFunction)?.qualname ?? "function"
                    throw PyError.typeError("\(name)() got multiple values for keyword argument '\(strValue(k))'")
                }
                try target.set(k, try getItem(source, k), vm: self)
            }
            return
        }
        guard case .object(let o) = source, let d = o as? PyDict else {
            if merging {
                let name = (callable.asObject as? PyFunction)?.qualname ?? "function"
                throw PyError.typeError("\(name)() argument after ** must be a mapping, not \(typeOf(source).name)")
            }
            throw PyError.typeError("'\(typeOf(source).name)' object is not a mapping")
        }
        for (k, v) in d.pairs {
            if merging, try target.get(k, vm: self) != nil {
                let name = (callable.asObject as? PyFunction)?.qualname ?? "function"
                throw PyError.typeError("\(name)() got multiple values for keyword argument '\(strValue(k))'")
            }
            try target.set(k, v, vm: self)
        }
    }
}
