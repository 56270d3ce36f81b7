// `_re_scan`: the two inner loops of the re module's matcher (re/_charset.py
// scan and find_first) in Swift. Profiling a regex-heavy lesson showed most of
// its time in these per-character loops (a repeat such as \w+ or [a-z]+, and
// the search for where a match can start), each step several VM instructions.
// The item kinds and their arguments are _charset.py's (I_LIT ... I_NLIT);
// I_PRED calls its Python predicate per character, as the Python loop did.

enum RegexScanModule {
    // re/_charset.py item kinds.
    static let lit = 0, set = 1, nset = 2, any = 3, anyAll = 4, pred = 5, digit = 6, ndigit = 7
    static let word = 8, nword = 9, space = 10, nspace = 11, nlit = 12

    /// Character sets already converted, by identity of the frozenset (the
    /// entry keeps the set alive, so an identifier is never reused meanwhile).
    final class SetCache {
        var entries: [ObjectIdentifier: (PyObject, Set<UInt32>)] = [:]
    }

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_re_scan")
        let cache = SetCache()
        ModuleFunctions.positional(m, "scan", min: 5, max: 5) { vm, a in
            let (s, p, lim) = try strAndBounds(vm, a)
            let test = try tester(vm, a[3], a[4], cache)
            var q = p
            while q < lim, try test(s[q]) { q += 1 }
            return .int(q)
        }
        ModuleFunctions.positional(m, "find_first", min: 5, max: 5) { vm, a in
            let (s, p, lim) = try strAndBounds(vm, a)
            let test = try tester(vm, a[3], a[4], cache)
            var q = p
            while q < lim {
                if try test(s[q]) { return .int(q) }
                q += 1
            }
            return .int(-1)
        }
        return m
    }

    static func strAndBounds(_ vm: VM, _ a: [Value]) throws -> ([Unicode.Scalar], Int, Int) {
        guard case .object(let o) = a[0], o.kind == .str else { throw PyError.typeError("scan() expects a str") }
        let s = unsafeDowncast(o, to: PyStr.self).scalars
        let p = max(0, try vm.ssizeArg(a[1]))
        let lim = min(s.count, try vm.ssizeArg(a[2]))
        return (s, p, lim)
    }

    static func isWord(_ c: Unicode.Scalar) -> Bool {
        c == "_" || pyIsAlpha(c) || pyIsDecimal(c) || pyIsDigit(c) || pyIsNumeric(c)
    }

    static func scalar(_ v: Value) -> Unicode.Scalar? {
        guard case .object(let o) = v, o.kind == .str else { return nil }
        let s = unsafeDowncast(o, to: PyStr.self).scalars
        return s.count == 1 ? s[0] : nil
    }

    static func scalarSet(_ vm: VM, _ v: Value, _ cache: SetCache) throws -> Set<UInt32> {
        guard case .object(let o) = v else { return [] }
        if let hit = cache.entries[ObjectIdentifier(o)], hit.0 === o { return hit.1 }
        var out = Set<UInt32>()
        for item in try vm.iterate(v) {
            if let c = scalar(item) { out.insert(c.value) }
        }
        if cache.entries.count > 512 { cache.entries.removeAll() }
        cache.entries[ObjectIdentifier(o)] = (o, out)
        return out
    }

    /// The per-character test of one item.
    static func tester(_ vm: VM, _ kindValue: Value, _ arg: Value, _ cache: SetCache) throws -> (Unicode.Scalar) throws -> Bool {
        let kind = try vm.ssizeArg(kindValue)
        switch kind {
        case lit:
            guard let c = scalar(arg) else { return { _ in false } }
            return { $0 == c }
        case nlit:
            guard let c = scalar(arg) else { return { _ in true } }
            return { $0 != c }
        case set:
            let chars = try scalarSet(vm, arg, cache)
            return { chars.contains($0.value) }
        case nset:
            let chars = try scalarSet(vm, arg, cache)
            return { !chars.contains($0.value) }
        case any: return { $0 != "\n" }
        case anyAll: return { _ in true }
        case digit...nspace: return categoryTest(kind)!
        default:
            if let native = try classTester(vm, arg, cache) { return native }
            return { c in
                var text = String.UnicodeScalarView()
                text.append(c)
                return try vm.isTruthy(try vm.call(arg, [.str(String(text))]))
            }
        }
    }

    /// The Unicode category items (\d \D \w \W \s \S), nil for any other kind.
    static func categoryTest(_ kind: Int) -> ((Unicode.Scalar) -> Bool)? {
        switch kind {
        case digit: return { pyIsDecimal($0) }
        case ndigit: return { !pyIsDecimal($0) }
        case word: return { isWord($0) }
        case nword: return { !isWord($0) }
        case space: return { pyIsSpace($0) }
        case nspace: return { !pyIsSpace($0) }
        default: return nil
        }
    }

    /// A character class that mixes sets, ranges and categories ([\w/.-]):
    /// _charset.py's predicate carries `re_class`, what it tests, so the test
    /// runs here instead of calling Python per character. nil: call the predicate.
    static func classTester(_ vm: VM, _ pred: Value, _ cache: SetCache) throws -> ((Unicode.Scalar) throws -> Bool)? {
        guard case .object(let fo) = pred, let fn = fo as? PyFunction, let spec = fn.dict["re_class"] else { return nil }
        let parts = try vm.iterate(spec)
        guard parts.count == 5 else { return nil }
        let chars = try scalarSet(vm, parts[0], cache)
        var ranges: [ClosedRange<UInt32>] = []
        for r in try vm.iterate(parts[1]) {
            let pair = try vm.iterate(r)
            guard pair.count == 2, let lo = scalar(pair[0]), let hi = scalar(pair[1]), lo.value <= hi.value else { return nil }
            ranges.append(lo.value...hi.value)
        }
        var kinds: [Int] = []
        for k in try vm.iterate(parts[2]) { kinds.append(try vm.ssizeArg(k)) }
        var outside: [Set<UInt32>] = []
        for o in try vm.iterate(parts[3]) { outside.append(try scalarSet(vm, o, cache)) }
        let negate = try vm.isTruthy(parts[4])
        let categories: [(Unicode.Scalar) -> Bool] = try kinds.map { k in
            guard let test = categoryTest(k) else { throw PyError.valueError("bad re class kind \(k)") }
            return test
        }
        return { c in
            var inside = chars.contains(c.value)
            if !inside { inside = ranges.contains { $0.contains(c.value) } }
            if !inside { inside = categories.contains { $0(c) } }
            if !inside { inside = outside.contains { !$0.contains(c.value) } }
            return inside != negate
        }
    }
}
