// _heapq: the heap primitives in Swift, as CPython's C accelerator (heapq.py
// imports them; merge, nsmallest and nlargest stay Python there). Items are
// compared with the VM's `<` (a user __lt__ runs), and move in the same
// order as CPython's siftdown/siftup, so a lesson printing the list sees the
// same heap; a list resized by a comparison raises CPython's RuntimeError.

enum HeapqModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_heapq")
        m.dict["__doc__"] = .str("Heap queue algorithm (a.k.a. priority queue).")
        two(m, "heappush") { vm, heap, item in
            heap.items.append(item)
            try siftDown(vm, heap, 0, heap.items.count - 1, max: false)
            return .none
        }
        one(m, "heappop") { vm, heap in try pop(vm, heap, max: false) }
        one(m, "_heappop_max") { vm, heap in try pop(vm, heap, max: true) }
        two(m, "heapreplace") { vm, heap, item in try replace(vm, heap, item, max: false) }
        two(m, "_heapreplace_max") { vm, heap, item in try replace(vm, heap, item, max: true) }
        two(m, "heappushpop") { vm, heap, item in
            guard let top = heap.items.first else { return item }
            if !(try less(vm, top, item)) { return item }
            guard !heap.items.isEmpty else { throw PyError.indexError("index out of range") }
            let smallest = heap.items[0]
            heap.items[0] = item
            try siftUp(vm, heap, 0, max: false)
            return smallest
        }
        one(m, "heapify") { vm, heap in try heapify(vm, heap, max: false); return .none }
        one(m, "_heapify_max") { vm, heap in try heapify(vm, heap, max: true); return .none }
        return m
    }

    /// METH_O: "heappop() argument must be list, not int".
    static func one(_ m: PyModule, _ name: String, _ body: @escaping (VM, PyList) throws -> Value) {
        let run: (VM, Value) throws -> Value = { vm, a in try body(vm, try list(vm, a, "\(name)() argument")) }
        let f = PyBuiltinFunction(name: name) { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("_heapq.\(name)() takes no keyword arguments") }
            if args.count != 1 { throw PyError.typeError("_heapq.\(name)() takes exactly one argument (\(args.count) given)") }
            return try run(vm, args[0])
        }
        f.fast1 = run
        f.moduleName = "_heapq"
        m.dict[name] = .object(f)
    }

    /// Two positional arguments: "heappush() argument 1 must be list, not int".
    static func two(_ m: PyModule, _ name: String, _ body: @escaping (VM, PyList, Value) throws -> Value) {
        let run: (VM, Value, Value) throws -> Value = { vm, a, b in try body(vm, try list(vm, a, "\(name)() argument 1"), b) }
        let f = PyBuiltinFunction(name: name) { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("_heapq.\(name)() takes no keyword arguments") }
            try Meth.arity(name, args.count, min: 2, max: 2)
            return try run(vm, args[0], args[1])
        }
        f.fast2 = run
        f.moduleName = "_heapq"
        m.dict[name] = .object(f)
    }

    static func list(_ vm: VM, _ v: Value, _ what: String) throws -> PyList {
        if case .object(let o) = v, o.kind == .list { return unsafeDowncast(o, to: PyList.self) }
        throw PyError.typeError("\(what) must be list, not \(vm.typeOf(v).name)")
    }

    /// a < b as PyObject_RichCompareBool(a, b, Py_LT).
    @inline(__always) static func less(_ vm: VM, _ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        default:
            let r = try vm.richCompare(a, b, .lt)
            if case .bool(let t) = r { return t }
            return try vm.isTruthy(r)
        }
    }

    /// The order of a max-heap swaps the operands.
    @inline(__always) static func before(_ vm: VM, _ a: Value, _ b: Value, max: Bool) throws -> Bool {
        max ? try less(vm, b, a) : try less(vm, a, b)
    }

    /// CPython's siftdown: move heap[pos] up towards `start` while it comes
    /// before its parent.
    static func siftDown(_ vm: VM, _ heap: PyList, _ start: Int, _ pos: Int, max: Bool) throws {
        let size = heap.items.count
        if pos >= size { throw PyError.indexError("index out of range") }
        var pos = pos
        while pos > start {
            let parentPos = (pos - 1) >> 1
            let goesUp = try before(vm, heap.items[pos], heap.items[parentPos], max: max)
            if size != heap.items.count { throw PyError.runtimeError("list changed size during iteration") }
            if !goesUp { break }
            heap.items.swapAt(parentPos, pos)
            pos = parentPos
        }
    }

    /// CPython's siftup: walk the smaller child up to a leaf, then sift the
    /// item that was at pos down from there.
    static func siftUp(_ vm: VM, _ heap: PyList, _ pos: Int, max: Bool) throws {
        let end = heap.items.count
        let start = pos
        if pos >= end { throw PyError.indexError("index out of range") }
        var pos = pos
        let limit = end >> 1
        while pos < limit {
            var child = 2 * pos + 1
            if child + 1 < end {
                let rightFirst = !(try before(vm, heap.items[child], heap.items[child + 1], max: max))
                if end != heap.items.count { throw PyError.runtimeError("list changed size during iteration") }
                if rightFirst { child += 1 }
            }
            heap.items.swapAt(child, pos)
            pos = child
        }
        try siftDown(vm, heap, start, pos, max: max)
    }

    static func pop(_ vm: VM, _ heap: PyList, max: Bool) throws -> Value {
        guard let last = heap.items.popLast() else { throw PyError.indexError("index out of range") }
        if heap.items.isEmpty { return last }
        let top = heap.items[0]
        heap.items[0] = last
        try siftUp(vm, heap, 0, max: max)
        return top
    }

    static func replace(_ vm: VM, _ heap: PyList, _ item: Value, max: Bool) throws -> Value {
        if heap.items.isEmpty { throw PyError.indexError("index out of range") }
        let top = heap.items[0]
        heap.items[0] = item
        try siftUp(vm, heap, 0, max: max)
        return top
    }

    static func heapify(_ vm: VM, _ heap: PyList, max: Bool) throws {
        let n = heap.items.count
        // Beyond 2500 items CPython sifts in a cache-friendly order: each
        // subtree is finished before its parent, in the order below.
        if n > 2500 {
            let m = n >> 1
            var top = m + 1, shift = 0
            while top > 1 { top >>= 1; shift += 1 }
            let leftmost = (top << shift) - 1
            let mhalf = m >> 1
            func run(_ from: Int, _ to: Int) throws {
                var i = from
                while i >= to {
                    var j = i
                    while true {
                        try siftUp(vm, heap, j, max: max)
                        if j & 1 == 0 { break }
                        j >>= 1
                    }
                    i -= 1
                }
            }
            try run(leftmost - 1, mhalf)
            try run(m - 1, leftmost)
            return
        }
        var i = (n >> 1) - 1
        while i >= 0 {
            try siftUp(vm, heap, i, max: max)
            i -= 1
        }
    }
}
