// match statements. Each case evaluates the expressions its pattern needs
// (value patterns, class names, mapping keys) into a tuple, then
// MATCH_PATTERN tests the subject against the pattern natively and pushes the
// captured values (or None); the captures are stored in binding order. A
// case's test is on its own line, as CPython's tracer reports it.

extension Compiler {
    func compileMatch(_ subject: Expr, _ cases: [MatchCase], _ range: SourceRange) throws {
        try compileExpr(subject)
        let end = newLabel()
        for (i, c) in cases.enumerated() {
            let isLast = i == cases.count - 1
            try checkPattern(c, isLast: isLast)
            setLocation(line: c.pattern.range.line, range: c.pattern.range)
            let next = newLabel()
            let failed = newLabel()
            if !isLast { emit(.copy, 1) }
            let exprs = Compiler.patternExpressions(c.pattern)
            for e in exprs { try compileExpr(e) }
            setLocation(line: c.pattern.range.line, range: c.pattern.range)
            emit(.buildTuple, exprs.count)
            code.matchPatterns.append(c.pattern)
            emit(.matchPattern, code.matchPatterns.count - 1)
            emit(.copy, 1)
            emitJump(.popJumpIfNone, failed)
            let names = c.pattern.boundNames
            emit(.unpackSequence, names.count)
            for n in names { try storeName(n) }
            if let g = c.guardExpr { try compileCondition(g, jumpIfFalse: next) }
            if !isLast { emit(.popTop) }
            try compileBody(c.body)
            emitJumpWithoutLocation(.jumpForward, end)
            bind(failed)
            setLocation(line: c.pattern.range.line, range: c.pattern.range)
            emit(.popTop)
            bind(next)
        }
        bind(end)
    }

    /// Value patterns, class names and mapping keys in the order the
    /// matcher reads them (pre-order).
    static func patternExpressions(_ p: Pattern) -> [Expr] {
        switch p.kind {
        case .value(let e): return [e]
        case .singleton, .star: return []
        case .sequence(let ps): return ps.flatMap { patternExpressions($0) }
        case .mapping(let keys, let ps, _): return keys + ps.flatMap { patternExpressions($0) }
        case .classPattern(let cls, let ps, _, let kps): return [cls] + (ps + kps).flatMap { patternExpressions($0) }
        case .asPattern(let sub, _): return sub.map { patternExpressions($0) } ?? []
        case .or(let alts): return alts.flatMap { patternExpressions($0) }
        }
    }

    /// CPython's compile-time checks of a case's pattern.
    private func checkPattern(_ c: MatchCase, isLast: Bool) throws {
        func fail(_ message: String, _ r: SourceRange) -> SyntaxErrorInfo {
            SyntaxErrorInfo(message: message, filename: filename, line: r.line, column: r.column,
                            endColumn: r.line == r.endLine ? r.endColumn : nil)
        }
        if !isLast, c.guardExpr == nil, c.pattern.isIrrefutable {
            if case .asPattern(nil, let n) = c.pattern.kind {
                throw fail(n.map { "name capture '\($0)' makes remaining patterns unreachable" } ?? "wildcard makes remaining patterns unreachable", c.pattern.range)
            }
        }
        try checkNames(c.pattern, fail)
    }

    private func checkNames(_ p: Pattern, _ fail: (String, SourceRange) -> SyntaxErrorInfo) throws {
        var seen = Set<String>()
        for n in p.boundNames {
            if !seen.insert(n).inserted { throw fail("multiple assignments to name '\(n)' in pattern", p.range) }
        }
        func walk(_ q: Pattern) throws {
            switch q.kind {
            case .or(let alts):
                let first = Set(alts[0].boundNames)
                for (i, a) in alts.enumerated() {
                    if i < alts.count - 1, a.isIrrefutable { throw fail("alternative patterns bind different names", a.range) }
                    if Set(a.boundNames) != first { throw fail("alternative patterns bind different names", a.range) }
                    try walk(a)
                }
            case .sequence(let ps):
                if ps.filter({ if case .star = $0.kind { return true }; return false }).count > 1 {
                    throw fail("multiple starred names in sequence pattern", q.range)
                }
                for x in ps { try walk(x) }
            case .classPattern(_, let ps, _, let kps): for x in ps + kps { try walk(x) }
            case .mapping(_, let ps, _): for x in ps { try walk(x) }
            case .asPattern(let s, _): if let s = s { try walk(s) }
            default: break
            }
        }
        try walk(p)
    }
}
