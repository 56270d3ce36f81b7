// repr() with a length budget, for the debugger's views: a 100,000-element
// list must not cost a 100,000-element repr on every step. Containers that
// contain themselves print as CPython prints them (`[1, [...]]`, `{'k': {...}}`):
// the walk shares the VM's repr guard, so a user __repr__ reached inside it
// that asks for repr() of an enclosing container gets `[...]` too.

extension VM {
    /// How long a repr shown by the debugger or the tracer may run.
    public static let reprSeconds = 1.0

    /// repr(v), cut to about `limit` characters ("…" marks the cut). Built-in
    /// containers stop early; user __repr__ (and subclasses of the built-in
    /// containers, whose repr is their class's) run in full, then are cut.
    public func boundedRepr(_ v: Value, limit: Int = 240) -> String {
        var budget = limit
        let text: String
        do {
            guard let t = try reprWithinBudget(v, { try boundedReprInner(v, &budget) }) else { return "<repr timed out>" }
            text = t
        } catch {
            text = Self.failedRepr(error)
        }
        if text.count > limit { return String(text.prefix(limit - 1)) + "…" }
        return text
    }

    /// What the views show when repr() itself raises (a __repr__ that
    /// recurses forever raises RecursionError in CPython too).
    static func failedRepr(_ error: Error) -> String {
        guard let e = error as? PyError else { return "<repr failed>" }
        return "<repr raised \(e.exception.cls.name)>"
    }

    private func boundedReprInner(_ v: Value, _ budget: inout Int) throws -> String {
        if budget <= 0 { return "…" }
        guard case .object(let o) = v, !o.hasUserClass else {
            let s = try repr(v)
            budget -= s.count
            return s
        }
        func seq(_ items: [Value], _ open: String, _ close: String, single: Bool = false) throws -> String {
            var out = open
            for (i, x) in items.enumerated() {
                if i > 0 { out += ", " }
                if budget <= 0 { out += "…"; break }
                out += try boundedReprInner(x, &budget)
                budget -= 2
            }
            if single && items.count == 1 { out += "," }
            return out + close
        }
        switch o.kind {
        case .list:
            return try withReprGuard(o, "[...]") { try seq(unsafeDowncast(o, to: PyList.self).items, "[", "]") }
        case .tuple:
            return try withReprGuard(o, "(...)") { try seq(unsafeDowncast(o, to: PyTuple.self).items, "(", ")", single: true) }
        case .set, .frozenset:
            // Walks the table in place: `elements` would copy every element.
            let s = unsafeDowncast(o, to: PySet.self)
            let frozen = o.kind == .frozenset
            if s.count == 0 { return frozen ? "frozenset()" : "set()" }
            let body = try withReprGuard(o, "...") { () throws -> String in
                var out = "{"
                var first = true
                for i in 0..<s.slotCount {
                    guard let x = s.slot(at: i) else { continue }
                    if !first { out += ", " }
                    first = false
                    if budget <= 0 { out += "…"; break }
                    out += try boundedReprInner(x, &budget)
                    budget -= 2
                }
                return out + "}"
            }
            return frozen ? "frozenset(\(body))" : body
        case .dict:
            // Entry by entry: `pairs` would copy the whole dict first.
            let d = unsafeDowncast(o, to: PyDict.self)
            return try withReprGuard(o, "{...}") { () throws -> String in
                var out = "{"
                var first = true
                for i in 0..<d.slotCount {
                    guard let (k, x) = d.entry(at: i) else { continue }
                    if !first { out += ", " }
                    first = false
                    if budget <= 0 { out += "…"; break }
                    out += try boundedReprInner(k, &budget) + ": " + (try boundedReprInner(x, &budget))
                    budget -= 4
                }
                return out + "}"
            }
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            if s.length > budget + 10 {
                let cut = PyStr.fromScalars(s.scalars.prefix(max(budget, 10)))
                budget = 0
                let r = pyStringRepr(cut.value)
                return String(r.dropLast()) + "…" + String(r.last ?? "'")
            }
            fallthrough
        default:
            let s = try repr(v)
            budget -= s.count
            return s
        }
    }
}
