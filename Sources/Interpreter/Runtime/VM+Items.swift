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
    /// `count` is read after the index is computed (an `__index__` may change the sequence).
    func sequenceIndex(_ k: Value, count: @autoclosure () -> Int, typeName: String) throws -> Int {
        guard let b = try indexBig(k) else {
            // unicode_subscript words it differently from the other sequences.
            if typeName == "string" { throw PyError.typeError("string indices must be integers, not '\(typeOf(k).name)'") }
            throw PyError.typeError("\(typeName) indices must be integers or slices, not \(typeOf(k).name)")
        }
        guard var i = b.asInt else { throw PyError.indexError("cannot fit '\(typeOf(k).name)' into an index-sized integer") }
        let n = count()
        if i < 0 { i += n }
        if i < 0 || i >= n { throw PyError.indexError("\(typeName) index out of range") }
        return i
    }

    /// An int-like value as Int (bools too, and __index__).
    func indexValue(_ v: Value) throws -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            let b = unsafeDowncast(o, to: PyInt.self).value
            if let small = b.asInt { return small }   // an int subclass instance
            return b.isNegative ? Int.min / 2 : Int.max / 2
        case .object(let o) where o.kind == .instance:
            if let f = o.pyType.lookup("__index__") { return try indexValue(try call(try bindIfFunction(f, to: v, type: o.pyType), [])) }
            return nil
        default: return nil
        }
    }

    /// An int-like value as a BigInt (ints, bools, big ints and __index__), nil if not int-like.
    func indexBig(_ v: Value) throws -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o) where o.kind == .bigInt: return unsafeDowncast(o, to: PyInt.self).value
        case .object(let o) where o.kind == .instance:
            if let f = o.pyType.lookup("__index__") {
                let r = try call(try bindIfFunction(f, to: v, type: o.pyType), [])
                switch r {
                case .int, .bool: return try indexBig(r)
                case .object(let ro) where ro.kind == .bigInt: return try indexBig(r)
                default: throw PyError.typeError("__index__ returned non-int (type \(typeOf(r).name))")
                }
            }
            return nil
        default: return nil
        }
    }

    /// PyNumber_AsSsize_t(v, OverflowError): an index that must fit in an Int.
    func indexExact(_ v: Value) throws -> Int? {
        guard let b = try indexBig(v) else { return nil }
        guard let i = b.asInt else { throw PyError.overflow("cannot fit '\(typeOf(v).name)' into an index-sized integer") }
        return i
    }

    /// An int argument a C function converts to a C int/long/ssize_t:
    /// nil when not int-like, OverflowError naming the C type when too big.
    func indexCInteger(_ v: Value, cType: String = "int") throws -> Int? {
        guard let b = try indexBig(v) else { return nil }
        let limit: Int = cType == "int" ? Int(Int32.max) : Int.max
        guard let i = b.asInt, i <= limit, i >= -limit - 1 else {
            throw PyError.overflow("Python int too large to convert to C \(cType)")
        }
        return i
    }

    /// Python's slice.indices(count) -> (start, stop, step, length).
    /// PySlice_Unpack then PySlice_AdjustIndices: `count` is read after every
    /// `__index__` has run.
    func sliceIndices(_ s: PySlice, count countNow: @autoclosure () -> Int) throws -> (Int, Int, Int, Int) {
        var step = 1
        // Small ints directly: the BigInt route below cost more than the slicing.
        if case .int(let i) = s.step, i != 0 {
            step = i == Int.min ? -Int.max : i
        } else if !s.step.isNone {
            guard let stb = try indexBig(s.step) else { throw PyError.typeError("slice indices must be integers or None or have an __index__ method") }
            if stb.isZero { throw PyError.valueError("slice step cannot be zero") }
            // As CPython: clamped to [-PY_SSIZE_T_MAX, PY_SSIZE_T_MAX].
            step = stb.asInt.map { $0 == Int.min ? -Int.max : $0 } ?? (stb.isNegative ? -Int.max : Int.max)
        }
        func raw(_ v: Value) throws -> Int? {
            if case .int(let i) = v { return i }
            if v.isNone { return nil }
            guard let b = try indexBig(v) else { throw PyError.typeError("slice indices must be integers or None or have an __index__ method") }
            return b.asInt ?? (b.isNegative ? Int.min : Int.max)
        }
        let rawStart = try raw(s.start), rawStop = try raw(s.stop)
        let count = countNow()
        func bound(_ r: Int?, _ def: Int, _ lo: Int, _ hi: Int) -> Int {
            guard var i = r else { return def }
            if i < 0 { i = i &+ count; if i < lo { i = lo } } else if i > hi { i = hi }
            return i
        }
        let start: Int, stop: Int
        if step > 0 {
            start = bound(rawStart, 0, 0, count)
            stop = bound(rawStop, count, 0, count)
        } else {
            start = bound(rawStart, count - 1, -1, count - 1)
            stop = bound(rawStop, -1, -1, count - 1)
        }
        var length = 0
        if step > 0 { if start < stop { length = (stop - start - 1) / step + 1 } } else if start > stop { length = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, length)
    }

    /// Items of a slice of a live sequence: the slice is resolved first, then
    /// the items are read (so an `__index__` that changes them is seen).
    func sliceLive<T>(_ s: PySlice, _ items: () -> [T]) throws -> [T] {
        let (start, _, step, length) = try sliceIndices(s, count: items().count)
        let now = items()
        if length == 0 { return [] }
        if step == 1 { return Array(now[start..<(start + length)]) }
        var out: [T] = []
        out.reserveCapacity(length)
        var i = start
        for _ in 0..<length { out.append(now[i]); i &+= step }
        return out
    }

    func sliceElements<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        try sliceLive(s) { items }
    }

    public func getItem(_ c: Value, _ k: Value) throws -> Value {
        if case .object(let o) = c, o.hasUserClass, let f = try userMethod(o, "__getitem__") { return try call(f, [k]) }
        return try nativeGetItem(c, k)
    }

    /// `c[k]` without a subclass's own __getitem__ (the built-in's slot).
    func nativeGetItem(_ c: Value, _ k: Value) throws -> Value {
        guard case .object(let o) = c else {
            throw PyError.typeError("'\(typeOf(c).name)' object is not subscriptable")
        }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if case .object(let so) = k, so.kind == .slice { return .object(PyList(try sliceLive(unsafeDowncast(so, to: PySlice.self)) { l.items })) }
            let i = try sequenceIndex(k, count: l.items.count, typeName: "list")
            return l.items[i]
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            if case .object(let so) = k, so.kind == .slice { return .object(PyTuple(try sliceElements(items, unsafeDowncast(so, to: PySlice.self)))) }
            return items[try sequenceIndex(k, count: items.count, typeName: "tuple")]
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            if case .object(let so) = k, so.kind == .slice {
                return .object(try strSlice(s, unsafeDowncast(so, to: PySlice.self)))
            }
            let sc = s.scalars
            return .object(StringCache.char(sc[try sequenceIndex(k, count: sc.count, typeName: "string")]))
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            if let v = try d.get(k, vm: self) { return v }
            if o.hasUserClass, let m = try userMethod(o, "__missing__") { return try call(m, [k]) }
            throw PyError.keyError(k)
        case .range:
            return try rangeItem(unsafeDowncast(o, to: PyRange.self), k)
        case .bytes:
            let pb = unsafeDowncast(o, to: PyBytes.self)
            if case .object(let so) = k, so.kind == .slice {
                let sl = unsafeDowncast(so, to: PySlice.self)
                _ = try sliceIndices(sl, count: pb.bytes.count)   // runs any __index__ first
                return .object(PyBytes(try sliceElements(pb.bytes, sl), mutable: pb.isMutable))
            }
            guard let big = try indexBig(k) else {
                throw PyError.typeError("\(pb.isMutable ? "bytearray" : "byte") indices must be integers or slices, not \(typeOf(k).name)")
            }
            guard var i = big.asInt else { throw PyError.indexError("cannot fit '\(typeOf(k).name)' into an index-sized integer") }
            if i < 0 { i += pb.bytes.count }
            guard i >= 0 && i < pb.bytes.count else { throw PyError.indexError(pb.isMutable ? "bytearray index out of range" : "index out of range") }
            return .int(Int(pb.bytes[i]))
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
            if VM.isGenericBuiltin(t) { return .object(GenericAlias.make(origin: c, args: k, vm: self)) }
            throw PyError.typeError("type '\(t.name)' is not subscriptable")
        default: break
        }
        throw PyError.typeError("'\(o.pyType.name)' object is not subscriptable")
    }

    public func setItem(_ c: Value, _ k: Value, _ v: Value) throws {
        if case .object(let o) = c, o.hasUserClass, let f = try userMethod(o, "__setitem__") { _ = try call(f, [k, v]); return }
        try nativeSetItem(c, k, v)
    }

    func nativeSetItem(_ c: Value, _ k: Value, _ v: Value) throws {
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
            let i = try sequenceIndex(k, count: l.items.count, typeName: "list assignment")
            l.items[i] = v
        case .bytes where unsafeDowncast(o, to: PyBytes.self).isMutable:
            try bytearraySetItem(unsafeDowncast(o, to: PyBytes.self), k, v)
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            try d.set(k, v, vm: self)
            if d === globalsDictView, case .object(let ko) = k, let name = ko as? PyStr {
                let g = globalsDictViewOwner ?? globals
                g.store(v, slot: g.slot(for: name.value))
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
        let n = l.items.count
        if step == 1 {
            let lo = min(max(start, 0), n), hi = min(max(start, stop), n)
            let (total, o) = (n - (hi - lo)).addingReportingOverflow(values.count)
            if o { throw MemoryBudget.error }
            try MemoryBudget.check(count: total, size: MemoryLayout<Value>.stride)
            l.items.replaceSubrange(lo..<hi, with: values)
            return
        }
        if values.count != length {
            throw PyError.valueError("attempt to assign sequence of size \(values.count) to extended slice of size \(length)")
        }
        var i = start
        for v in values {
            guard i >= 0 && i < l.items.count else { break }
            l.items[i] = v
            i &+= step
        }
    }

    public func deleteItem(_ c: Value, _ k: Value) throws {
        if case .object(let o) = c, o.hasUserClass, let f = try userMethod(o, "__delitem__") { _ = try call(f, [k]); return }
        try nativeDeleteItem(c, k)
    }

    func nativeDeleteItem(_ c: Value, _ k: Value) throws {
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
        case .bytes where unsafeDowncast(o, to: PyBytes.self).isMutable:
            try bytearraySetItem(unsafeDowncast(o, to: PyBytes.self), k, nil)
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            if try d.remove(k, vm: self) == nil { throw PyError.keyError(k) }
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
        if case .object(let o) = v, o.hasUserClass, let f = try userMethod(o, "__iter__") {
            if f.isNone { throw PyError.typeError("'\(o.pyType.name)' object is not iterable") }
            let it = try call(f, [])
            if case .object(let io) = it, io.kind == .iterator || io.kind == .generator { return it }
            if typeOf(it).lookup("__next__") == nil { throw PyError.typeError("iter() returned non-iterator of type '\(typeOf(it).name)'") }
            return it
        }
        return try nativeGetIterator(v)
    }

    func nativeGetIterator(_ v: Value) throws -> Value {
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
            return .object(rangeIterator(unsafeDowncast(o, to: PyRange.self)))
        case .str:
            // Only a compact ASCII str (not a subclass instance) has CPython's ASCII iterator.
            let ascii = !o.hasUserClass && unsafeDowncast(o, to: PyStr.self).value.utf8.allSatisfy { $0 < 0x80 }
            let it = PyIterator(mode: .str, typeName: ascii ? "str_ascii_iterator" : "str_iterator")
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
            let b = unsafeDowncast(o, to: PyBytes.self)
            var i = 0
            return .object(PyIterator.native(b.isMutable ? "bytearray_iterator" : "bytes_iterator") { _ in
                guard i < b.bytes.count else { return nil }
                defer { i += 1 }
                return .int(Int(b.bytes[i]))
            })
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
    /// `inlineGenerator`: CPython runs this FOR_ITER as FOR_ITER_GEN
    /// (ForIterSpecialization.swift), whose END_FOR reports every return.
    func nextForLoop(_ it: Value, _ frame: Frame, inlineGenerator: Bool = false) throws -> Value? {
        guard case .object(let o) = it else { throw PyError.typeError("'\(typeOf(it).name)' object is not an iterator") }
        switch o.kind {
        case .iterator: return try unsafeDowncast(o, to: PyIterator.self).next(vm: self)
        case .generator:
            switch try resumeGenerator(unsafeDowncast(o, to: PyGenerator.self), send: .none) {
            case .yielded(let v): return v
            case .returned(let r):
                if hookActive && (inlineGenerator || !r.isNone) { try traceEvent(.exception, frame, .object(PyError.stopIteration(r).exception)) }
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
                // A library module that CPython also writes in Python sets
                // `__iterators_are_python__ = True`: its loops end as a user class's.
                // A native __next__ (a subclass of itertools.chain) is one too.
                let isLibrary = f.asObject is PyBuiltinFunction || (f.asObject as? PyFunction).map {
                    $0.code.isLibrary && $0.globals["__iterators_are_python__"] == nil
                } ?? false
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
        if case .object(let o) = v, o.kind == .list || o.kind == .tuple, !o.hasUserClass { return try iterate(v) }
        // The same budget as iterate(): a range beyond it fails at once, a
        // growing result is checked as it grows (never a Swift allocation abort).
        if case .object(let o) = v, o.kind == .range, let n = unsafeDowncast(o, to: PyRange.self).exactCount {
            try MemoryBudget.check(count: n, size: MemoryLayout<Value>.stride)
        }
        let it = try getIterator(v)
        try lengthHint(v)
        var out: [Value] = []
        while let x = try nextValue(it) {
            out.append(x)
            if out.count & 0xFFFF == 0 {
                try pollNative()
                try MemoryBudget.check(count: out.count, size: MemoryLayout<Value>.stride)
            }
        }
        return out
    }

    /// PyObject_LengthHint for user objects (only its side effects matter
    /// here): `__len__`, else `__length_hint__`; a TypeError is ignored.
    func lengthHint(_ v: Value) throws {
        if case .object(let o) = v, o.kind == .iterator, let h = unsafeDowncast(o, to: PyIterator.self).lengthHintFn {
            do { try h(self) } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.TypeError) {}
            return
        }
        guard case .object(let o) = v, o.kind == .instance || o.hasUserClass else { return }
        let t = o.pyType
        if o.hasUserClass {
            if userOverride(t, "__len__") != nil { _ = try length(v) }
            return
        }
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
        if case .object(let o) = v, !o.hasUserClass {
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items
            default: break
            }
        }
        // A range knows its length: one beyond the budget is a MemoryError at once.
        if case .object(let o) = v, o.kind == .range, let n = unsafeDowncast(o, to: PyRange.self).exactCount {
            try MemoryBudget.check(count: n, size: MemoryLayout<Value>.stride)
        }
        let it = try getIterator(v)
        var out: [Value] = []
        while let x = try nextValue(it) {
            out.append(x)
            if out.count & 0xFFFF == 0 {
                try pollNative()
                try MemoryBudget.check(count: out.count, size: MemoryLayout<Value>.stride)
            }
        }
        return out
    }

    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container, o.hasUserClass, let f = try userMethod(o, "__contains__") { return try isTruthy(try call(f, [item])) }
        return try nativeContains(container, item)
    }

    func nativeContains(_ container: Value, _ item: Value) throws -> Bool {
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
            // By code points: Swift's String.contains matches canonically equivalent text.
            let needle = unsafeDowncast(io, to: PyStr.self)
            return needle.length == 0 || pyFind(unsafeDowncast(o, to: PyStr.self).scalars, needle.scalars) >= 0
        case .dict: return try unsafeDowncast(o, to: PyDict.self).get(item, vm: self) != nil
        case .set, .frozenset: return try unsafeDowncast(o, to: PySet.self).contains(item, vm: self)
        case .bytes:
            let hay = unsafeDowncast(o, to: PyBytes.self).bytes
            if let nb = BytesMethods.bytesLike(item) { return BytesMethods.find(hay, nb, 0, Int.max) >= 0 }
            switch item {
            case .int, .bool:
                let b = try BytesMethods.byteValue(self, item)
                return hay.contains(b)
            case .object(let io) where io.kind == .bigInt:
                throw PyError.valueError("byte must be in range(0, 256)")
            case .object(let io) where io.kind == .instance && io.pyType.lookup("__index__") != nil:
                return hay.contains(try BytesMethods.byteValue(self, item))
            default:
                throw PyError.typeError("a bytes-like object is required, not '\(typeOf(item).name)'")
            }
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            switch item {
            case .int, .bool: return rangeContains(r, try indexBig(item)!)
            case .object(let io) where io.kind == .bigInt: return rangeContains(r, unsafeDowncast(io, to: PyInt.self).value)
            default:
                // Anything else compares by == with each element, as CPython does.
                if case .float(let d) = item {
                    guard let b = BigInt(exactly: d) else { return false }
                    return rangeContains(r, b)
                }
                let it = try getIterator(container)
                while let x = try nextValue(it) { if try equals(x, item) { return true } }
                return false
            }
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
        if case .object(let o) = v, o.kind == .list || o.kind == .tuple, !o.hasUserClass {
            items = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
        } else {
            // One iterator, as UNPACK_SEQUENCE makes (a user __iter__ runs once).
            guard let it = try? getIterator(v) else {
                throw PyError.typeError("cannot unpack non-iterable \(typeOf(v).name) object")
            }
            knownLength = typeOf(v) === BuiltinTypes.str || typeOf(v) === BuiltinTypes.dict || typeOf(v) === BuiltinTypes.set || typeOf(v) === BuiltinTypes.range
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
        if case .object(let o) = v, o.hasUserClass, let f = try userMethod(o, "__len__") {
            let r = try call(f, [])
            return try lengthResult(r)
        }
        return try nativeLength(v)
    }

    /// CPython's slot_sq_length: what `__len__` returned, as an index
    /// (TypeError), not negative (ValueError), fitting an Int (OverflowError).
    func lengthResult(_ r: Value) throws -> Int {
        guard let b = try indexBig(r) else { throw PyError.typeError("'\(typeOf(r).name)' object cannot be interpreted as an integer") }
        if b.isNegative { throw PyError.valueError("__len__() should return >= 0") }
        guard let n = b.asInt else {
            // An __index__ result is an exact int by then; an int subclass keeps its name.
            var name = "int"
            if case .object(let o) = r, o.kind == .bigInt { name = typeOf(r).name }
            throw PyError.overflow("cannot fit '\(name)' into an index-sized integer")
        }
        return n
    }

    func nativeLength(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            switch o.kind {
            case .type:
                if let f = try metaMethod(v, "__len__") {
                    let r = try call(f, [])
                    return try lengthResult(r)
                }
            case .str: return unsafeDowncast(o, to: PyStr.self).length
            case .list: return unsafeDowncast(o, to: PyList.self).items.count
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
            case .dict: return unsafeDowncast(o, to: PyDict.self).count
            case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count
            case .range:
                guard let n = unsafeDowncast(o, to: PyRange.self).exactCount else {
                    throw PyError.overflow("Python int too large to convert to C ssize_t")
                }
                return n
            case .bytes: return unsafeDowncast(o, to: PyBytes.self).bytes.count
            case .other:
                if let view = o as? PyDictView { return view.dict.count }
            case .instance:
                let t = o.pyType
                if let f = t.lookup("__len__") {
                    let r = try call(try bindIfFunction(f, to: v, type: t), [])
                    return try lengthResult(r)
                }
            default: break
            }
        }
        throw PyError.typeError("object of type '\(typeOf(v).name)' has no len()")
    }

    /// CPython's _PyObject_FunctionStr: `module.qualname()`, or `qualname()`
    /// for builtins, as call errors name the callee.
    func functionStr(_ callable: Value) -> String {
        guard let q = try? getAttribute(callable, "__qualname__"), let qualname = try? str(q) else {
            return (try? str(callable)) ?? "function"
        }
        if let m = try? getAttribute(callable, "__module__"), !m.isNone, let module = try? str(m), module != "builtins" {
            return "\(module).\(qualname)()"
        }
        return "\(qualname)()"
    }

    /// LIST_EXTEND of `*x` where x is not iterable: CPython's messages (an
    /// error raised while iterating an iterable passes through).
    func starArgumentError(_ e: PyError, _ v: Value, callee: Value?) -> PyError {
        guard e.exception.cls === BuiltinTypes.TypeError else { return e }
        let t = typeOf(v)
        if t.lookup("__iter__") != nil || t.lookup("__getitem__") != nil { return e }
        if let c = callee { return PyError.typeError("\(functionStr(c)) argument after * must be an iterable, not \(t.name)") }
        return PyError.typeError("Value after * must be an iterable, not \(t.name)")
    }

    /// `{**m}` and `f(**m)`: copy a mapping into `target`.
    func dictUpdate(_ target: PyDict, from source: Value, merging: Bool, callable: Value) throws {
        if case .object(let o) = source, !(o is PyDict), let keys = try? getAttribute(source, "keys") {
            // Any mapping: keys() and __getitem__, as CPython's PyDict_Merge.
            for k in try iterate(try call(keys, [])) {
                if merging, try target.get(k, vm: self) != nil {
                    throw PyError.typeError("\(functionStr(callable)) got multiple values for keyword argument '\(strValue(k))'")
                }
                try target.set(k, try getItem(source, k), vm: self)
            }
            return
        }
        guard case .object(let o) = source, let d = o as? PyDict else {
            if merging {
                throw PyError.typeError("\(functionStr(callable)) argument after ** must be a mapping, not \(typeOf(source).name)")
            }
            throw PyError.typeError("'\(typeOf(source).name)' object is not a mapping")
        }
        for (k, v) in d.pairs {
            if merging, try target.get(k, vm: self) != nil {
                throw PyError.typeError("\(functionStr(callable)) got multiple values for keyword argument '\(strValue(k))'")
            }
            try target.set(k, v, vm: self)
        }
    }
}

// MARK: Ranges (ints, and big ints where the bounds or the length overflow)

extension VM {
    func rangeContains(_ r: PyRange, _ x: BigInt) -> Bool {
        if r.big == nil, let i = x.asInt {
            if r.step > 0 {
                guard i >= r.start && i < r.stop else { return false }
                let (d, o) = i.subtractingReportingOverflow(r.start)
                if !o { return d % r.step == 0 }
            } else {
                guard i <= r.start && i > r.stop else { return false }
                let (d, o) = r.start.subtractingReportingOverflow(i)
                if !o && r.step != Int.min { return d % (-r.step) == 0 }
            }
        }
        let (a, b, c) = r.bigBounds
        if !c.isNegative {
            guard !(x < a) && x < b else { return false }
        } else {
            guard !(a < x) && b < x else { return false }
        }
        return ((x - a).mod(c) ?? .one).isZero
    }

    /// The position of x in r, nil when absent.
    func rangeIndex(_ r: PyRange, _ x: BigInt) -> BigInt? {
        guard rangeContains(r, x) else { return nil }
        let (a, _, c) = r.bigBounds
        return (x - a).floorDiv(c)
    }

    func rangeIterator(_ r: PyRange) -> PyIterator {
        if r.big == nil, let n = r.exactCount {
            // The Int iterator steps past the last element: only when that cannot overflow.
            if n == 0 { return PyIterator.overRange(start: 0, stop: 0, step: 1) }
            let last = r.element(n - 1)
            let (_, o) = last.addingReportingOverflow(r.step)
            if !o { return PyIterator.overRange(start: r.start, stop: r.stop, step: r.step) }
        }
        var i = BigInt.zero
        let n = r.bigLength
        return PyIterator.native(r.big == nil && r.exactCount != nil ? "range_iterator" : "longrange_iterator") { _ in
            guard i < n else { return nil }
            defer { i += .one }
            return .bigInt(r.bigElement(i))
        }
    }

    func rangeItem(_ r: PyRange, _ k: Value) throws -> Value {
        if case .object(let so) = k, so.kind == .slice {
            let s = unsafeDowncast(so, to: PySlice.self)
            if r.isSmall {
                let (start, stop, step, _) = try sliceIndices(s, count: r.count)
                let (a, _, c) = r.bigBounds
                let st = BigInt(step) * c
                return .object(PyRange(bigStart: a + BigInt(start) * c, bigStop: a + BigInt(stop) * c, bigStep: st))
            }
            let (start, stop, step) = try bigSliceIndices(s, length: r.bigLength)
            let (a, _, c) = r.bigBounds
            return .object(PyRange(bigStart: a + start * c, bigStop: a + stop * c, bigStep: step * c))
        }
        if r.isSmall {
            guard let i = try indexValueChecked(k, "range indices must be integers or slices, not \(typeOf(k).name)") else {
                throw PyError.indexError("range object index out of range")
            }
            var j = i
            if j < 0 { j += r.count }
            if j < 0 || j >= r.count { throw PyError.indexError("range object index out of range") }
            return .int(r.element(j))
        }
        guard var i = try indexBig(k) else {
            throw PyError.typeError("range indices must be integers or slices, not \(typeOf(k).name)")
        }
        let n = r.bigLength
        if i.isNegative { i = i + n }
        if i.isNegative || !(i < n) { throw PyError.indexError("range object index out of range") }
        return .bigInt(r.bigElement(i))
    }

    /// An index that may not fit in an Int: nil then (the caller's "out of range").
    func indexValueChecked(_ k: Value, _ typeMessage: @autoclosure () -> String) throws -> Int? {
        guard let b = try indexBig(k) else { throw PyError.typeError(typeMessage()) }
        return b.asInt
    }

    /// slice.indices over a length that may not fit in an Int.
    func bigSliceIndices(_ s: PySlice, length: BigInt) throws -> (BigInt, BigInt, BigInt) {
        var step = BigInt.one
        if !s.step.isNone {
            guard let st = try indexBig(s.step) else { throw PyError.typeError("slice indices must be integers or None or have an __index__ method") }
            if st.isZero { throw PyError.valueError("slice step cannot be zero") }
            step = st
        }
        let neg = step.isNegative
        let lower = neg ? -BigInt.one : BigInt.zero
        let upper = neg ? length - .one : length
        func bound(_ v: Value, _ def: BigInt) throws -> BigInt {
            if v.isNone { return def }
            guard var i = try indexBig(v) else { throw PyError.typeError("slice indices must be integers or None or have an __index__ method") }
            if i.isNegative { i = i + length; if i < lower { i = lower } } else if upper < i { i = upper }
            return i
        }
        let start = try bound(s.start, neg ? upper : lower)
        let stop = try bound(s.stop, neg ? lower : upper)
        return (start, stop, step)
    }
}
