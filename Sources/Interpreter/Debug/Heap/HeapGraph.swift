// The heap as Python Tutor draws it: the objects reachable from the shown
// frames (their locals, the globals, the live cells), each with its label
// (#3, the same in a run and its replays), and who refers to each: names,
// cells, other objects' items and attributes. Numbers, strings, None and
// booleans are values, not boxes (as Python Tutor shows them by default).
// Built at a stop, on demand (the heap pane or the `heap` command), while
// the program thread is parked.

/// One object of the heap listing.
public struct HeapObject: Sendable, Equatable {
    public var label: String
    public var typeName: String
    /// "3 items", "function inner", "Point instance"...
    public var summary: String
    /// Names bound to it: "a", "b", "n (walk)" (frame name when not the module).
    public var names: [String]
    /// Other references: "#1[0]", "#2.items", "cell c1 (message)", "#4['k']".
    public var referrers: [String]
    /// Rows of contents (items, attributes, closure cells).
    public var contentCount: Int
    /// Changed since the stop before (same object, other contents).
    public var mutated: Bool = false
}

/// A row of the heap listing: an object's header or one of its contents.
public struct HeapRow: Sendable, Equatable {
    public var label: String
    /// nil: the header row; else the content row's index.
    public var item: Int?
    public var text: String
    /// Labels this row points at.
    public var target: String?
}

final class HeapGraph {
    struct Node {
        let object: PyObject
        let label: String
        var names: [String] = []
        var referrers: [String] = []
    }
    private(set) var nodes: [Node] = []
    private var index: [ObjectIdentifier: Int] = [:]
    /// Row offsets: nodes[i] starts at rowStart[i] (header), contents follow.
    private var rowStart: [Int] = []
    private(set) var rowCount = 0
    private var pairsCache: [Int: [(key: Value, value: Value)]] = [:]
    private var elementsCache: [Int: [Value]] = [:]
    let vm: VM
    let labelOf: (PyObject) -> String
    let shown: (Value, Int) -> String

    /// Items of one container searched for references: a stop stays quick
    /// with 100,000-element containers in scope (their rows still page).
    static let searchedItems = 10_000

    static func isBox(_ o: PyObject) -> Bool {
        switch o.kind {
        case .list, .dict, .set, .frozenset, .tuple, .function, .instance, .exception, .generator, .iterator:
            return true
        default:
            return false
        }
    }

    init(vm: VM, frames: [Frame], globals: Globals, cells: [Cell], labelOf: @escaping (PyObject) -> String, shown: @escaping (Value, Int) -> String) {
        self.vm = vm
        self.labelOf = labelOf
        self.shown = shown
        var queue: [Int] = []
        // `from` is built only for a box that still takes referrers: most
        // items of a big container are numbers, and a string each would be
        // most of a stop's heap.
        func reach(_ v: Value?, name: String? = nil, from: @autoclosure () -> String? = nil) {
            guard case .object(let o)? = v, HeapGraph.isBox(o) else { return }
            let id = ObjectIdentifier(o)
            let i: Int
            if let k = index[id] { i = k } else {
                i = nodes.count
                index[id] = i
                nodes.append(Node(object: o, label: labelOf(o)))
                queue.append(i)
            }
            if let n = name { nodes[i].names.append(n) }
            if nodes[i].referrers.count < 50, let f = from() { nodes[i].referrers.append(f) }
        }
        // Names first, innermost frame first: what the student looks at.
        for f in frames.reversed() where f.code.kind != .module {
            let owner = f.code.kind == .classBody ? "class \(f.code.name)" : f.qualname
            if let ns = f.classNamespace {
                for p in ns.pairs { reach(p.value, name: "\(vm.strValue(p.key)) (\(owner))") }
                continue
            }
            let cellNames = Set(f.code.cellvars + f.code.freevars)
            for (name, v) in f.boundLocals() where !cellNames.contains(name) { reach(v, name: "\(name) (\(owner))") }
        }
        for (name, v) in globals.boundItems where !(name.hasPrefix("__") && name.hasSuffix("__")) { reach(v, name: name) }
        for c in cells { reach(c.contents, from: "cell c\(c.serial) (\(c.variable))") }
        // Then what those objects refer to.
        var head = 0
        while head < queue.count {
            let i = queue[head]
            head += 1
            let o = nodes[i].object
            let me = nodes[i].label
            switch o.kind {
            case .list, .tuple:
                let items = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
                for (k, v) in items.prefix(HeapGraph.searchedItems).enumerated() { reach(v, from: "\(me)[\(k)]") }
            case .dict:
                guard let d = o as? PyDict, d.count <= HeapGraph.searchedItems else { continue }
                for (k, v) in d.pairs {
                    reach(k, from: "\(me) key")
                    reach(v, from: "\(me)[\(shown(k, 30))]")
                }
            case .set, .frozenset:
                guard let set = o as? PySet, set.count <= HeapGraph.searchedItems else { continue }
                for v in set.elements { reach(v, from: "\(me) element") }
            case .instance:
                for (a, v) in unsafeDowncast(o, to: PyInstance.self).dict.items { reach(v, from: "\(me).\(a)") }
            case .function:
                if let fn = o as? PyFunction {
                    for (k, c) in fn.closure.enumerated() { reach(c.contents, from: "\(me).__closure__[\(k)] (cell c\(c.serial))") }
                }
            default:
                break
            }
        }
        var start = 0
        rowStart.reserveCapacity(nodes.count)
        for i in nodes.indices {
            rowStart.append(start)
            start += 1 + contentCount(i)
        }
        rowCount = start
    }

    func node(labelled label: String) -> Int? { nodes.firstIndex { $0.label == label } }
    func node(of o: PyObject) -> Int? { index[ObjectIdentifier(o)] }

    func contentCount(_ i: Int) -> Int {
        let o = nodes[i].object
        switch o.kind {
        case .list: return unsafeDowncast(o, to: PyList.self).items.count
        case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
        case .dict: return (o as? PyDict)?.count ?? 0
        case .set, .frozenset: return (o as? PySet)?.count ?? 0
        case .instance: return unsafeDowncast(o, to: PyInstance.self).dict.items.count
        case .function: return 1 + ((o as? PyFunction)?.closure.count ?? 0)
        default: return 0
        }
    }

    func typeName(_ i: Int) -> String { vm.typeOf(.object(nodes[i].object)).name }

    func summary(_ i: Int) -> String {
        let o = nodes[i].object
        let n = contentCount(i)
        switch o.kind {
        case .list, .tuple, .dict, .set, .frozenset:
            return "\(typeName(i)), \(n) item\(n == 1 ? "" : "s")"
        case .function:
            return "function \((o as? PyFunction)?.qualname ?? "?")"
        case .instance:
            return "\(typeName(i)) instance"
        default:
            return typeName(i)
        }
    }

    func object(_ i: Int) -> HeapObject {
        HeapObject(label: nodes[i].label, typeName: typeName(i), summary: summary(i), names: nodes[i].names,
                   referrers: nodes[i].referrers, contentCount: contentCount(i))
    }

    /// What a value looks like in a box: a label for an object box, else its repr.
    func cellText(_ v: Value?) -> (String, String?) {
        guard let v = v else { return ("<empty>", nil) }
        if case .object(let o) = v, let k = index[ObjectIdentifier(o)] { return ("→ \(nodes[k].label)", nodes[k].label) }
        return (shown(v, 60), nil)
    }

    /// Content row `k` of node `i`.
    func content(_ i: Int, _ k: Int) -> (String, String?) {
        let o = nodes[i].object
        switch o.kind {
        case .list, .tuple:
            let items = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
            guard k < items.count else { return ("", nil) }
            let (t, target) = cellText(items[k])
            return ("[\(k)] \(t)", target)
        case .dict:
            if pairsCache[i] == nil { pairsCache[i] = (o as? PyDict)?.pairs ?? [] }
            let pairs = pairsCache[i]!
            guard k < pairs.count else { return ("", nil) }
            let (kt, _) = cellText(pairs[k].key)
            let (vt, target) = cellText(pairs[k].value)
            return ("\(kt): \(vt)", target)
        case .set, .frozenset:
            if elementsCache[i] == nil { elementsCache[i] = (o as? PySet)?.elements ?? [] }
            let el = elementsCache[i]!
            guard k < el.count else { return ("", nil) }
            return cellText(el[k])
        case .instance:
            let items = unsafeDowncast(o, to: PyInstance.self).dict.items
            guard k < items.count else { return ("", nil) }
            let (t, target) = cellText(items[k].1)
            return (".\(items[k].0) \(t)", target)
        case .function:
            guard let fn = o as? PyFunction else { return ("", nil) }
            if k == 0 { return (HeapGraph.madeBy(fn), nil) }
            let c = fn.closure[k - 1]
            let (t, target) = cellText(c.contents)
            return ("__closure__[\(k - 1)] cell c\(c.serial) (\(c.variable)) \(t)", target)
        default:
            return ("", nil)
        }
    }

    /// The frame that made a function: a closure's cells know it.
    static func madeBy(_ fn: PyFunction) -> String {
        if let c = fn.closure.first {
            let running = c.creatorFrame != nil
            return "made by \(c.creatorName) (\(running ? "running" : "finished"))"
        }
        return fn.qualname.contains("<locals>") ? "made by \(fn.qualname.components(separatedBy: ".<locals>.").dropLast().joined(separator: ".<locals>."))" : "made by <module>"
    }

    /// Rows [offset, offset+limit) of the listing.
    func rows(offset: Int, limit: Int) -> [HeapRow] {
        guard offset < rowCount, limit > 0 else { return [] }
        // The node holding row `offset`: binary search on rowStart.
        var lo = 0, hi = nodes.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if rowStart[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var out: [HeapRow] = []
        var i = lo
        var row = offset
        while out.count < limit && i < nodes.count {
            let k = row - rowStart[i]
            if k == 0 {
                out.append(HeapRow(label: nodes[i].label, item: nil, text: header(i), target: nil))
            } else {
                let (t, target) = content(i, k - 1)
                out.append(HeapRow(label: nodes[i].label, item: k - 1, text: t, target: target))
            }
            row += 1
            if i + 1 < nodes.count && row >= rowStart[i + 1] { i += 1 }
            if i + 1 >= nodes.count && row >= rowCount { break }
        }
        return out
    }

    /// "a, b → #3 list, 2 items ← #1[0]"
    func header(_ i: Int) -> String {
        let n = nodes[i]
        var s = n.names.isEmpty ? "" : n.names.joined(separator: ", ") + " → "
        s += "\(n.label) \(summary(i))"
        if !n.referrers.isEmpty { s += "  ← " + n.referrers.prefix(6).joined(separator: ", ") + (n.referrers.count > 6 ? ", …" : "") }
        return s
    }
}
