// `scopewalk trace`: one JSON object per event, in exactly the format of
// CPython's reference tracer (shared/oracle/trace_cpython.py).

public final class TraceRecorder: TraceHook {
    private let write: (String) -> Void
    public static let maxRepr = 200

    public init(write: @escaping (String) -> Void) {
        self.write = write
    }

    public func traceEvent(_ kind: TraceEventKind, frame: Frame, arg: Value?, vm: VM) throws {
        // CPython's tracer records the program's own file only.
        guard frame.code.filename == vm.filename else { return }
        var line: Int
        switch kind {
        case .call: line = frame.code.kind == .module ? 0 : (frame.ip > 0 ? frame.lastLine : frame.code.firstLineNumber)
        case .line: line = frame.lastLine
        case .return: line = frame.lastLine >= 0 ? frame.lastLine : frame.code.firstLineNumber
        case .exception: line = frame.lineForTraceback
        }
        if kind == .return && arg == nil { line = frame.lineForTraceback }
        let unlocated = kind == .return && frame.returnsWithoutLocation
        var out = "{\"event\": \"\(kind.rawValue)\", \"func\": \(JSON.string(frame.code.name)), \"line\": \(unlocated ? "null" : String(line)), \"depth\": \(frame.programDepth(vm.filename)), \"locals\": {"
        var first = true
        let isModule = frame.code.kind == .module
        if isModule && frame.classNamespace == nil && frame.globals.count > TraceRecorder.maxGlobals {
            // Many globals: only those bound anew since the module's previous
            // event, read straight from the slots (linear in the program).
            let g = frame.globals
            var elided = 0
            if lastSlots.count < g.count { lastSlots += Array(repeating: nil, count: g.count - lastSlots.count) }
            for slot in 0..<g.count {
                let v = g.values[slot]
                let old = lastSlots[slot]
                if let v, let old, old.isIdentical(to: v) { elided += 1; continue }
                if v == nil && old == nil { continue }
                lastSlots[slot] = v
                guard let v else { continue }
                let name = g.names[slot]
                if name.hasPrefix("__") && name.hasSuffix("__") && name.count >= 4 { continue }
                if case .object(let o) = v, o.kind == .module { continue }
                if !first { out += ", " }
                first = false
                out += JSON.string(name) + ": " + JSON.string(TraceRecorder.cappedRepr(v, vm))
            }
            out += "}, \"unchanged_globals\": \(elided)"
            finish(&out, kind, arg, vm)
            return
        }
        let names = vm.traceLocals(frame)
        // Past maxGlobals names, the module frame's events list only the
        // names whose value changed since its previous event (and say how
        // many they left out), so a trace stays linear in the program's length.
        let elide = isModule && names.count > TraceRecorder.maxGlobals
        var elided = 0
        for (name, value) in names {
            let fragment = isModule ? moduleFragment(name, value, vm, changed: &lastChanged) : JSON.string(name) + ": " + JSON.string(TraceRecorder.cappedRepr(value, vm))
            if elide && !lastChanged { elided += 1; continue }
            if !first { out += ", " }
            first = false
            out += fragment
        }
        out += "}"
        if elided > 0 { out += ", \"unchanged_globals\": \(elided)" }
        finish(&out, kind, arg, vm)
    }

    private func finish(_ out: inout String, _ kind: TraceEventKind, _ arg: Value?, _ vm: VM) {
        switch kind {
        case .return:
            out += ", \"value\": " + JSON.string(arg.map { TraceRecorder.cappedRepr($0, vm) } ?? "None")
        case .exception:
            if case .object(let o)? = arg, let e = o as? PyExceptionObject { out += ", \"exception\": " + JSON.string(e.cls.name) }
        default: break
        }
        out += "}\n"
        write(out)
    }

    public func pauseCheck(frame: Frame, vm: VM) throws {}

    /// Module frames with more trace-visible globals than this write only the changed ones.
    public static let maxGlobals = 1000
    /// The JSON fragment last written for each global, with the value it was made from.
    /// The value is kept only when immutable: holding a mutable object would
    /// keep it alive (its __del__ or generator cleanup late, Finalization.swift).
    private var fragments: [String: (value: Value?, fragment: String)] = [:]
    private var lastChanged = false
    /// The module's global slots as last written (many-globals mode).
    private var lastSlots: [Value?] = []

    /// `"name": "repr"` for a global: reused while the name is bound to the
    /// same immutable value (ints, floats, strs... whose repr cannot change).
    private var fragmentsDigitLimit = IntStrDigits.limit

    private func moduleFragment(_ name: String, _ value: Value, _ vm: VM, changed: inout Bool) -> String {
        // A big int's repr depends on sys.set_int_max_str_digits: a new limit voids the cache.
        if fragmentsDigitLimit != IntStrDigits.limit { fragments.removeAll(); fragmentsDigitLimit = IntStrDigits.limit }
        if let cached = fragments[name], let old = cached.value, old.isIdentical(to: value), TraceRecorder.isImmutable(value) {
            changed = false
            return cached.fragment
        }
        let fragment = JSON.string(name) + ": " + JSON.string(TraceRecorder.cappedRepr(value, vm))
        changed = fragments[name]?.fragment != fragment
        fragments[name] = (TraceRecorder.isImmutable(value) ? value : nil, fragment)
        return fragment
    }

    static func isImmutable(_ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool, .none: return true
        case .object(let o): return o.kind == .str || o.kind == .bigInt || o.kind == .complex || o.kind == .range || (o.kind == .bytes && !(o as! PyBytes).isMutable)
        }
    }

    /// repr() capped at 200 code points (197 + "...").
    public static func cappedRepr(_ v: Value, _ vm: VM) -> String {
        let r: String
        do { r = try vm.reprWithinBudget(v) { try vm.repr(v) } ?? "<repr timed out>" } catch let e as PyError { r = "<repr-error \(e.exception.cls.name)>" } catch { r = "<repr-error>" }
        let scalars = r.unicodeScalars
        if scalars.count <= maxRepr { return r }
        var u = String.UnicodeScalarView()
        u.append(contentsOf: scalars.prefix(maxRepr - 3))
        return String(u) + "..."
    }
}

extension Frame {
    /// Frames of `file` below this one (the oracle's depth: other files' frames do not count).
    public func programDepth(_ file: String) -> Int {
        var d = 0
        var f = back
        while let x = f { if x.code.filename == file { d += 1 }; f = x.back }
        return d
    }

    /// Program frames below this one (the module frame is 0).
    public var dynamicDepth: Int {
        var d = 0
        var f = back
        while let x = f { d += 1; f = x.back }
        return d
    }
}

extension VM {
    /// The names a tracer sees in `frame`: globals (without dunders and
    /// modules) for the module frame, f_locals for any other.
    public func traceLocals(_ frame: Frame) -> [(String, Value)] {
        if frame.code.kind == .module {
            return frame.globals.boundItems.filter { name, value in
                if name.hasPrefix("__") && name.hasSuffix("__") && name.count >= 4 { return false }
                if case .object(let o) = value, o.kind == .module { return false }
                return true
            }
        }
        if let ns = frame.classNamespace {
            // While an inlined comprehension's variable is bound, CPython's
            // f_locals is a proxy over the fast locals (and cells) only.
            let code = frame.code
            if code.hiddenSlots.contains(where: { $0 < code.varnames.count && frame.locals[$0] != nil }) {
                var out: [(String, Value)] = []
                for (i, name) in code.varnames.enumerated() { if let v = frame.locals[i] { out.append((name, v)) } }
                let cellNames = code.cellvars + code.freevars + code.extraCells
                for (i, name) in cellNames.enumerated() where i < frame.cells.count && (i < code.cellvars.count || i >= code.cellvars.count + code.freevars.count) {
                    if let v = frame.cells[i].contents { out.append((name, v)) }
                }
                return out
            }
            var out = ns.pairs.map { (strValue($0.key), $0.value) }
            // Class bodies: f_locals is the namespace plus bound cells of the body.
            for (i, name) in frame.code.cellvars.enumerated() where i < frame.cells.count {
                // The implicit __classdict__ cell is not a name of the body.
                if name == "__classdict__" { continue }
                if let v = frame.cells[i].contents, !out.contains(where: { $0.0 == name }) { out.append((name, v)) }
            }
            return out
        }
        return frame.boundLocals()
    }
}

enum JSON {
    /// A JSON string literal as Python's json.dumps(ensure_ascii=False) writes it.
    static func string(_ s: String) -> String {
        JsonSpeedups.quote(s, asciiOnly: false)
    }
}
