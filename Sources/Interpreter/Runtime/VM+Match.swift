// MATCH_PATTERN: tests a subject against a case's pattern (PEP 634's
// semantics) with the values the compiled code evaluated for it (value
// patterns, class names, mapping keys, in pre-order). Returns the captured
// values in binding order, or nil when the pattern does not match.

extension VM {
    func matchPattern(_ p: Pattern, _ subject: Value, _ values: [Value]) throws -> Value {
        var captures: [String: Value] = [:]
        guard try match(p, subject, values, 0, &captures) else { return .none }
        return .object(PyTuple(p.boundNames.map { captures[$0] ?? .none }))
    }

    private func exprCount(_ p: Pattern) -> Int { Compiler.patternExpressions(p).count }

    private func match(_ p: Pattern, _ v: Value, _ values: [Value], _ base: Int, _ caps: inout [String: Value]) throws -> Bool {
        do {
            return try matchHere(p, v, values, base, &caps)
        } catch {
            // The innermost pattern that raised is where the traceback points.
            if let f = currentFrame, f.raisingPattern == nil { f.raisingPattern = p.range }
            throw error
        }
    }

    private func matchHere(_ p: Pattern, _ v: Value, _ values: [Value], _ base: Int, _ caps: inout [String: Value]) throws -> Bool {
        switch p.kind {
        case .value:
            return try equals(v, values[base])
        case .singleton(let c):
            switch c {
            case .none: return v.isNone
            case .true: if case .bool(true) = v { return true }; return false
            case .false: if case .bool(false) = v { return true }; return false
            default: return false
            }
        case .asPattern(let sub, let name):
            if let s = sub, !(try match(s, v, values, base, &caps)) { return false }
            if let n = name { caps[n] = v }
            return true
        case .or(let alts):
            var offset = base
            for a in alts {
                var trial = caps
                if try match(a, v, values, offset, &trial) { caps = trial; return true }
                offset += exprCount(a)
            }
            return false
        case .star:
            return false  // handled by the sequence pattern
        case .sequence(let ps):
            guard isSequenceForMatch(v) else { return false }
            let items = try iterate(v)
            let starIndex = ps.firstIndex { if case .star = $0.kind { return true }; return false }
            var offsets: [Int] = []
            var o = base
            for x in ps { offsets.append(o); o += exprCount(x) }
            if let si = starIndex {
                let before = si, after = ps.count - si - 1
                guard items.count >= before + after else { return false }
                for i in 0..<before where !(try match(ps[i], items[i], values, offsets[i], &caps)) { return false }
                for j in 0..<after {
                    let pi = si + 1 + j
                    if !(try match(ps[pi], items[items.count - after + j], values, offsets[pi], &caps)) { return false }
                }
                if case .star(let name?) = ps[si].kind {
                    caps[name] = .object(PyList(Array(items[before..<(items.count - after)])))
                }
                return true
            }
            guard items.count == ps.count else { return false }
            for (i, x) in ps.enumerated() where !(try match(x, items[i], values, offsets[i], &caps)) { return false }
            return true
        case .mapping(let keys, let ps, let rest):
            guard isMappingForMatch(v) else { return false }
            let getter = try getAttribute(v, "get")
            let missing = Value.object(VM.null)
            var o = base + keys.count
            var seenKeys: [Value] = []
            for (i, _) in keys.enumerated() {
                let key = values[base + i]
                if try seenKeys.contains(where: { try equals($0, key) }) {
                    throw PyError.valueError("mapping pattern checks duplicate key (\(try repr(key)))")
                }
                seenKeys.append(key)
                let got = try call(getter, [key, missing])
                if got.isIdentical(to: missing) { return false }
                if !(try match(ps[i], got, values, o, &caps)) { return false }
                o += exprCount(ps[i])
            }
            if let r = rest {
                let d = PyDict()
                let keysList = try iterate(try call(try getAttribute(v, "keys"), []))
                for k in keysList where !(try seenKeys.contains { try equals($0, k) }) {
                    try d.set(k, try getItem(v, k), vm: self)
                }
                caps[r] = .object(d)
            }
            return true
        case .classPattern(_, let ps, let kws, let kps):
            guard case .object(let co) = values[base], let cls = co as? PyType else {
                throw PyError.typeError("called match pattern must be a class")
            }
            guard try isInstance(v, values[base], function: "isinstance") else { return false }
            var o = base + 1
            if !ps.isEmpty {
                // Built-ins like int(x) and str(s) match the subject itself.
                let selfMatching: [PyType] = [BuiltinTypes.bool, BuiltinTypes.bytes, BuiltinTypes.dict, BuiltinTypes.float,
                                              BuiltinTypes.frozenset, BuiltinTypes.int, BuiltinTypes.list, BuiltinTypes.set,
                                              BuiltinTypes.str, BuiltinTypes.tuple]
                if cls.isBuiltin && selfMatching.contains(where: { $0 === cls }) {
                    if ps.count > 1 { throw PyError.typeError("\(cls.name)() accepts 1 positional sub-pattern (\(ps.count) given)") }
                    if !(try match(ps[0], v, values, o, &caps)) { return false }
                    o += exprCount(ps[0])
                } else {
                    guard let ma = try? getAttribute(.object(cls), "__match_args__") else {
                        throw PyError.typeError("\(cls.name)() accepts 0 positional sub-patterns (\(ps.count) given)")
                    }
                    guard case .object(let mo) = ma, mo.kind == .tuple else { throw PyError.typeError("\(cls.name).__match_args__ must be a tuple (got \(typeOf(ma).name))") }
                    let names = try iterate(ma).map { try str($0) }
                    if ps.count > names.count {
                        throw PyError.typeError("\(cls.name)() accepts \(names.count) positional sub-pattern\(names.count == 1 ? "" : "s") (\(ps.count) given)")
                    }
                    for (i, x) in ps.enumerated() {
                        if kws.contains(names[i]) { throw PyError.typeError("\(cls.name)() got multiple sub-patterns for attribute '\(names[i])'") }
                        guard let attr = try? getAttribute(v, names[i]) else { return false }
                        if !(try match(x, attr, values, o, &caps)) { return false }
                        o += exprCount(x)
                    }
                }
            }
            for (i, k) in kws.enumerated() {
                guard let attr = try? getAttribute(v, k) else { return false }
                if !(try match(kps[i], attr, values, o, &caps)) { return false }
                o += exprCount(kps[i])
            }
            return true
        }
    }

    /// What a sequence pattern accepts: list, tuple, range, and
    /// collections.abc.Sequence instances, but never str, bytes or dicts.
    private func isSequenceForMatch(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .list, .tuple, .range: return true
        case .str, .bytes, .dict, .set, .frozenset: return false
        default:
            if o.pyType.isBuiltin { return false }
            if let abc = modules["collections.abc"] ?? modules["_collections_abc"], let seq = abc.attribute("Sequence") {
                return (try? isInstance(v, seq, function: "isinstance")) ?? false
            }
            return false
        }
    }

    private func isMappingForMatch(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o.kind == .dict { return true }
        if o.pyType.isBuiltin { return false }
        if let abc = modules["collections.abc"] ?? modules["_collections_abc"], let m = abc.attribute("Mapping") {
            return (try? isInstance(v, m, function: "isinstance")) ?? false
        }
        return false
    }
}
