// itertools.groupby with its _grouper, and tee with its _tee iterators and
// the _tee_dataobject links they share.

extension Itertools {
    /// What a groupby and its current _grouper share.
    final class GroupbyState {
        let source: Value
        let key: Value?
        var targetKey: Value?
        var currentKey: Value?
        var currentValue: Value?
        /// The one _grouper that may still yield (an older one is over).
        weak var currentGrouper: PyIterator?
        init(source: Value, key: Value?) { self.source = source; self.key = key }

        /// groupby_step: the next item and its key.
        func step(_ vm: VM) throws -> Bool {
            guard let v = try vm.nextValue(source) else { return false }
            let k = try key.map { try vm.call($0, [v]) } ?? v
            currentValue = v
            currentKey = k
            return true
        }
    }

    static let groupby: PyType = makeType("groupby", doc: "make an iterator that returns consecutive keys and groups from the iterable") { vm, cls, args, kw in
        let a = try bind("groupby", args, kw, ["iterable", "key"], required: 1)
        let g = GroupbyState(source: try vm.getIterator(a[0]!), key: (a[1].map { $0.isNone ? nil : $0 }) ?? nil)
        let it = PyIterator.native("itertools.groupby") { vm in
            g.currentGrouper = nil
            // Skip what is left of the current group.
            while true {
                if let ck = g.currentKey {
                    guard let tk = g.targetKey else { break }
                    if !(try same(vm, tk, ck)) { break }
                }
                guard try g.step(vm) else { return nil }
            }
            let key = g.currentKey!
            g.targetKey = key
            let grouper = groupIterator(g, key)
            g.currentGrouper = grouper
            return .object(PyTuple([key, .object(grouper)]))
        }
        it.asksAgain = true
        return it
    }

    /// A group: the items while their key equals `key`, until the groupby moves on.
    static func groupIterator(_ g: GroupbyState, _ key: Value) -> PyIterator {
        let it = PyIterator(mode: .native, typeName: "itertools._grouper")
        it.cls = grouper
        unowned let me = it
        it.nextFn = { vm in
            guard g.currentGrouper === me else { return nil }
            if g.currentValue == nil { guard try g.step(vm) else { return nil } }
            guard try same(vm, key, g.currentKey!) else { return nil }
            defer { g.currentValue = nil }
            return g.currentValue
        }
        it.asksAgain = true
        return it
    }

    static let grouper: PyType = makeType("_grouper", doc: "") { _, _, _, _ in
        throw PyError.typeError("cannot create 'itertools._grouper' instances")
    }

    // MARK: tee

    /// One link of the buffer tee iterators share: up to 57 items (CPython's
    /// LINKCELLS) and the next link, made when the first reader gets there.
    final class TeeLink {
        static let cells = 57
        let source: Value
        var values: [Value] = []
        var next: TeeLink?
        /// Shared by the links of one tee: reading from the source is not re-entrant.
        let running: Box<Bool>
        init(source: Value, running: Box<Bool>) { self.source = source; self.running = running }

        func item(_ vm: VM, _ i: Int) throws -> Value? {
            if i < values.count { return values[i] }
            if running.value { throw PyError.runtimeError("cannot re-enter the tee iterator") }
            running.value = true
            defer { running.value = false }
            guard let v = try vm.nextValue(source) else { return nil }
            values.append(v)
            return v
        }

        func following() -> TeeLink {
            if let n = next { return n }
            let n = TeeLink(source: source, running: running)
            next = n
            return n
        }
    }

    /// Where one _tee reads: a link and an index in it.
    final class TeePosition {
        var link: TeeLink
        var index: Int
        init(link: TeeLink, index: Int) { self.link = link; self.index = index }
    }

    static func teeIterator(_ at: TeePosition) -> PyIterator {
        let it = PyIterator.native("itertools._tee") { vm in
            if at.index >= TeeLink.cells {
                at.link = at.link.following()
                at.index = 0
            }
            guard let v = try at.link.item(vm, at.index) else { return nil }
            at.index += 1
            return v
        }
        it.cls = teeType
        it.state = at
        it.asksAgain = true
        return it
    }

    /// tee_fromiterable: a _tee over iter(iterable), or a copy of it if it is one.
    static func teeFromIterable(_ vm: VM, _ iterable: Value) throws -> PyIterator {
        let source = try vm.getIterator(iterable)
        if case .object(let o) = source, o.kind == .iterator, let at = unsafeDowncast(o, to: PyIterator.self).state as? TeePosition,
           unsafeDowncast(o, to: PyIterator.self).cls === teeType {
            return teeIterator(TeePosition(link: at.link, index: at.index))
        }
        return teeIterator(TeePosition(link: TeeLink(source: source, running: Box(false)), index: 0))
    }

    static let teeType: PyType = {
        let t = makeType("_tee", doc: "Iterator wrapped to make it copyable.") { vm, cls, args, kw in
            try positional("_tee", args, kw, cls, teeType, min: 1, max: 1)
            return try teeFromIterable(vm, args[0])
        }
        method(t, "__copy__") { vm, me, it in
            let at = it.state as! TeePosition
            return wrap(teeIterator(TeePosition(link: at.link, index: at.index)), t, vm.typeOf(me))
        }
        return t
    }()

    static let teeDataObject: PyType = makeType("_tee_dataobject", doc: "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.") { _, _, _, _ in
        throw PyError.typeError("cannot create 'itertools._tee_dataobject' instances")
    }

    /// tee(iterable, n=2): n iterators; the first is iter(iterable) itself
    /// when that has __copy__, the others copies of the first.
    static func teeFunction() -> PyBuiltinFunction {
        let f = PyBuiltinFunction(name: "tee") { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("itertools.tee() takes no keyword arguments") }
            try Meth.arity("tee", args.count, min: 1, max: 2)
            let n = args.count > 1 ? try vm.ssizeArg(args[1]) : 2
            if n < 0 { throw PyError.valueError("n must be >= 0") }
            if n == 0 { return .object(PyTuple.empty) }
            let it = try vm.getIterator(args[0])
            let first: Value
            let copy: Value
            if let c = try? vm.getAttribute(it, "__copy__") {
                first = it
                copy = c
            } else {
                let t = teeIterator(TeePosition(link: TeeLink(source: it, running: Box(false)), index: 0))
                first = .object(t)
                copy = try vm.getAttribute(first, "__copy__")
            }
            var out = [first]
            for _ in 1..<n { out.append(try vm.call(copy, [])) }
            return .object(PyTuple(out))
        }
        f.moduleName = "itertools"
        return f
    }
}
