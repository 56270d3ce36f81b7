// Object labels (`#3`) and alias marks. A label names an object by where the
// run made it (AllocationKey: the event, the allocation's index in it), so
// the same object has the same label in a run and in every replay of it;
// labels are numbered in the order the debugger first shows them and kept
// for the whole session. Addresses in the reprs the debugger shows become
// labels (`<function outer #2>`); the program's own id() and reprs are not
// touched.

/// Labels for the whole debugging session (they outlive each replay).
final class ObjectLabels {
    private var numbers: [AllocationKey: Int] = [:]
    private var next = 1

    /// For a checkpoint taking over the session (Checkpoints/SessionKnowledge).
    var state: State {
        get { State(numbers: numbers, next: next) }
        set { numbers = newValue.numbers; next = newValue.next }
    }

    func label(_ key: AllocationKey) -> String {
        if let n = numbers[key] { return "#\(n)" }
        numbers[key] = next
        next += 1
        return "#\(next - 1)"
    }

    /// The label of an object the run's recorder keyed, nil for objects made
    /// outside the run (builtins, the debugger's own evaluations).
    func label(of o: PyObject, recorder: AllocationRecorder?) -> String? {
        guard let key = recorder?.key(of: o) else { return nil }
        return label(key)
    }

    /// For an object made outside the run's keyed allocations: stable for
    /// this run only.
    func fallbackLabel(_ o: PyObject) -> String { label(AllocationKey(event: -1, index: o.address)) }

    /// `text` with each " at 0xADDR" of an object the run made replaced by its label.
    func relabel(_ text: String, recorder: AllocationRecorder?) -> String {
        guard let recorder = recorder, text.contains(" at 0x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let r = rest.range(of: " at 0x") {
            out += rest[..<r.lowerBound]
            var end = r.upperBound
            while end < rest.endIndex, rest[end].isHexDigit { end = rest.index(after: end) }
            let hex = rest[r.upperBound..<end]
            if let address = UInt(hex, radix: 16), let key = recorder.key(ofAddress: Int(bitPattern: address)) {
                out += " " + label(key)
            } else {
                out += rest[r.lowerBound..<end]
            }
            rest = rest[end...]
        }
        return out + rest
    }
}

/// Which objects more than one shown binding refers to, at one stop: every
/// frame's locals (not only the selected frame's), globals, live cells, and
/// the attributes of instances so bound.
struct AliasFinder {
    let vm: VM
    private(set) var counts: [ObjectIdentifier: Int] = [:]
    private var objects: [ObjectIdentifier: PyObject] = [:]

    init(vm: VM) { self.vm = vm }

    /// Objects worth an alias mark: mutable containers, instances, functions
    /// and classes; not strings or numbers (equal values need not be one object).
    static func isAliasable(_ o: PyObject) -> Bool {
        switch o.kind {
        case .list, .dict, .set, .frozenset, .tuple, .function, .instance, .exception, .generator, .iterator, .type, .module:
            return true
        default:
            return false
        }
    }

    mutating func count(_ v: Value?, attributes: Bool = true) {
        guard case .object(let o)? = v, AliasFinder.isAliasable(o) else { return }
        let id = ObjectIdentifier(o)
        counts[id, default: 0] += 1
        objects[id] = o
        if attributes, o.kind == .instance {
            // One level: `self.items` and a global `shared` are one list.
            for (_, a) in unsafeDowncast(o, to: PyInstance.self).dict.items.prefix(50) { count(a, attributes: false) }
        }
    }

    mutating func collect(frames: [Frame], globals: Globals, cells: [Cell]) {
        for f in frames where f.code.kind != .module {
            if let ns = f.classNamespace {
                for p in ns.pairs { count(p.value) }
                continue
            }
            // Cell variables are counted once, with the cells.
            let cellNames = Set(f.code.cellvars + f.code.freevars)
            for (name, v) in f.boundLocals() where !cellNames.contains(name) { count(v) }
        }
        for (name, v) in globals.boundItems where !(name.hasPrefix("__") && name.hasSuffix("__")) { count(v) }
        for c in cells { count(c.contents) }
    }

    func object(_ id: ObjectIdentifier) -> PyObject? { objects[id] }

    func isAliased(_ v: Value?) -> PyObject? {
        guard case .object(let o)? = v, (counts[ObjectIdentifier(o)] ?? 0) >= 2 else { return nil }
        return o
    }
}
