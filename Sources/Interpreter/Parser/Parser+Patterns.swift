// match statements and their patterns, after CPython's grammar (PEP 634):
// case_block, patterns, as/or/closed patterns, literal, capture, wildcard,
// value, group, sequence, mapping and class patterns.

extension PEGParser {
    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    mutating func parseMatch(keyword: Token, start: Int) throws -> Stmt? {
        mark = start
        _ = try expectSoftKeyword("match")
        let subjectStart = mark
        guard var subject = try subjectExpression() else { mark = start; return nil }
        if case .constant(.none) = subject.kind {
            // subjectExpression folds a tuple subject; parse it again as a tuple.
            mark = subjectStart
            var items: [Expr] = []
            while let e = try starNamedExpression() {
                items.append(e)
                if !(try accept(",")) { break }
            }
            subject = Expr(.tuple(items), range(from: subjectStart))
        }
        guard try accept(":"), try accept(.newline), try accept(.indent) else { mark = start; return nil }
        var cases: [MatchCase] = []
        while try peek().kind == .name && peek().text == "case" {
            guard let c = try caseBlock() else { break }
            cases.append(c)
        }
        guard !cases.isEmpty, try accept(.dedent) else { mark = start; return nil }
        return Stmt(.match(subject: subject, cases: cases), range(from: start))
    }

    // case_block: "case" patterns guard? ':' block
    mutating func caseBlock() throws -> MatchCase? {
        let start = mark
        guard try expectSoftKeyword("case") != nil, let pattern = try patterns() else { mark = start; return nil }
        var guardExpr: Expr? = nil
        if try accept("if") {
            guard let g = try namedExpression() else { throw errorAtLastToken("invalid syntax") }
            guardExpr = g
        }
        guard try accept(":") else { throw errorAtLastToken("expected ':'") }
        guard let body = try block() else {
            throw errorAtLastToken(.indentation, "expected an indented block after 'case' statement on line \(token(at: start).line)")
        }
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body, range: range(from: start))
    }

    // patterns: open_sequence_pattern | pattern
    mutating func patterns() throws -> Pattern? {
        let start = mark
        if let first = try maybeStarPattern(), try accept(",") {
            var items = [first]
            while let p = try maybeStarPattern() {
                items.append(p)
                if !(try accept(",")) { break }
            }
            return Pattern(.sequence(items), range(from: start))
        }
        mark = start
        return try pattern()
    }

    // pattern: or_pattern ['as' NAME]
    mutating func pattern() throws -> Pattern? {
        let start = mark
        guard let orp = try orPattern() else { return nil }
        if try accept("as") {
            guard let n = try name() else { throw errorAtLastToken("invalid pattern target") }
            if n.text == "_" { throw errorAt(n, "cannot use '_' as a target") }
            return Pattern(.asPattern(orp, n.text), range(from: start))
        }
        return orp
    }

    mutating func orPattern() throws -> Pattern? {
        let start = mark
        guard let first = try closedPattern() else { return nil }
        var alts = [first]
        while try accept("|") {
            guard let p = try closedPattern() else { throw errorAtLastToken("invalid syntax") }
            alts.append(p)
        }
        return alts.count == 1 ? first : Pattern(.or(alts), range(from: start))
    }

    mutating func maybeStarPattern() throws -> Pattern? {
        let start = mark
        if try accept("*") {
            guard let n = try name() else { mark = start; return nil }
            return Pattern(.star(n.text == "_" ? nil : n.text), range(from: start))
        }
        return try pattern()
    }

    mutating func closedPattern() throws -> Pattern? {
        let start = mark
        let token = try peek()
        switch token.kind {
        case .number, .string, .fstringStart:
            if let e = try literalExpression() { return Pattern(.value(e), range(from: start)) }
        case .keyword where ["None", "True", "False"].contains(token.text):
            mark += 1
            let c: Constant = token.text == "None" ? .none : (token.text == "True" ? .true : .false)
            return Pattern(.singleton(c), token.range)
        case .op where token.text == "-":
            if let e = try literalExpression() { return Pattern(.value(e), range(from: start)) }
        case .name:
            // capture, wildcard, value (dotted) or class pattern
            var expr = Expr(.name(token.text), token.range)
            mark += 1
            var dotted = false
            while try accept(".") {
                guard let n = try name() else { throw errorAtLastToken("invalid syntax") }
                expr = Expr(.attribute(expr, n.text), range(from: start))
                dotted = true
            }
            if try checkOp("(") { return try classPattern(expr, start: start) }
            if dotted { return Pattern(.value(expr), range(from: start)) }
            return Pattern(.asPattern(nil, token.text == "_" ? nil : token.text), token.range)
        case .op where token.text == "(":
            mark += 1
            if try accept(")") { return Pattern(.sequence([]), range(from: start)) }
            let inner = mark
            if let p = try pattern(), try accept(")") {
                return Pattern(p.kind, range(from: start))  // a group
            }
            mark = inner
            var items: [Pattern] = []
            while let p = try maybeStarPattern() {
                items.append(p)
                if !(try accept(",")) { break }
            }
            guard try accept(")") else { throw errorAtLastToken("invalid syntax") }
            return Pattern(.sequence(items), range(from: start))
        case .op where token.text == "[":
            mark += 1
            var items: [Pattern] = []
            while let p = try maybeStarPattern() {
                items.append(p)
                if !(try accept(",")) { break }
            }
            guard try accept("]") else { throw errorAtLastToken("invalid syntax") }
            return Pattern(.sequence(items), range(from: start))
        case .op where token.text == "{":
            return try mappingPattern(start: start)
        default:
            break
        }
        mark = start
        return nil
    }

    private mutating func checkOp(_ text: String) throws -> Bool {
        let t = try peek()
        return t.kind == .op && t.text == text
    }

    /// signed numbers, complex sums, strings (CPython's literal_expr).
    private mutating func literalExpression() throws -> Expr? {
        let start = mark
        if try peek().kind == .string || peek().kind == .fstringStart { return try strings() }
        var negative = false
        if try accept("-") { negative = true }
        let t = try peek()
        guard t.kind == .number else { mark = start; return nil }
        mark += 1
        var e = Expr(.constant(try numberLiteral(t)), t.range)
        if negative { e = Expr(.unaryOp(.uSub, e), range(from: start)) }
        if try checkOp("+") || checkOp("-") {
            let opTok = try peek()
            mark += 1
            let t2 = try peek()
            guard t2.kind == .number else { throw errorAtLastToken("invalid syntax") }
            mark += 1
            e = Expr(.binOp(e, opTok.text == "+" ? .add : .sub, Expr(.constant(try numberLiteral(t2)), t2.range)), range(from: start))
        }
        return e
    }

    private mutating func classPattern(_ cls: Expr, start: Int) throws -> Pattern? {
        _ = try accept("(")
        var positional: [Pattern] = [], names: [String] = [], keywordPatterns: [Pattern] = []
        while !(try checkOp(")")) {
            let t = try peek(), next = try peek(1)
            if t.kind == .name && next.kind == .op && next.text == "=" {
                mark += 2
                guard let p = try pattern() else { throw errorAtLastToken("invalid syntax") }
                names.append(t.text)
                keywordPatterns.append(p)
            } else {
                guard let p = try pattern() else { throw errorAtLastToken("invalid syntax") }
                if !names.isEmpty { throw rangeError(p.range, "positional patterns follow keyword patterns") }
                positional.append(p)
            }
            if !(try accept(",")) { break }
        }
        guard try accept(")") else { throw errorAtLastToken("invalid syntax") }
        return Pattern(.classPattern(cls: cls, patterns: positional, keywords: names, keywordPatterns: keywordPatterns), range(from: start))
    }

    private mutating func mappingPattern(start: Int) throws -> Pattern? {
        _ = try accept("{")
        var keys: [Expr] = [], values: [Pattern] = []
        var rest: String? = nil
        while !(try checkOp("}")) {
            if try accept("**") {
                guard let n = try name() else { throw errorAtLastToken("invalid syntax") }
                rest = n.text
                _ = try accept(",")
                break
            }
            let keyStart = mark
            var key: Expr
            if let lit = try literalExpression() {
                key = lit
            } else if try peek().kind == .keyword, ["None", "True", "False"].contains(try peek().text) {
                let t = try peek()
                mark += 1
                key = Expr(.constant(t.text == "None" ? .none : (t.text == "True" ? .true : .false)), t.range)
            } else if let n = try name() {
                key = Expr(.name(n.text), n.range)
                var dotted = false
                while try accept(".") {
                    guard let a = try name() else { throw errorAtLastToken("invalid syntax") }
                    key = Expr(.attribute(key, a.text), range(from: keyStart))
                    dotted = true
                }
                if !dotted { throw rangeError(key.range, "mapping pattern keys may only match literals and attribute lookups") }
            } else {
                throw errorAtLastToken("invalid syntax")
            }
            guard try accept(":"), let p = try pattern() else { throw errorAtLastToken("invalid syntax") }
            keys.append(key)
            values.append(p)
            if !(try accept(",")) { break }
        }
        guard try accept("}") else { throw errorAtLastToken("invalid syntax") }
        return Pattern(.mapping(keys: keys, patterns: values, rest: rest), range(from: start))
    }
}

extension PEGParser {
    func rangeError(_ r: SourceRange, _ message: String) -> SyntaxErrorInfo {
        makeError(.syntax, message, line: r.line, column: r.column, endColumn: r.line == r.endLine ? r.endColumn : nil)
    }
}
