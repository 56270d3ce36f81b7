// The invalid_* rules for expressions, displays, comprehensions and call
// arguments (second pass only).

/// CPython's SOFT_KEYWORD token check compares only the token's length of
/// each soft keyword (strncmp), so any prefix such as `t` or `ca` counts.
func looksLikeSoftKeyword(_ text: String) -> Bool {
    !text.isEmpty && ["_", "case", "match", "type"].contains { $0.hasPrefix(text) }
}

extension PEGParser {
    // invalid_expression
    mutating func invalidExpression() throws {
        let start = mark
        // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
        let first = try peek()
        var excluded = false
        if first.kind == .name {
            let second = try peek(1)
            excluded = second.kind == .string || looksLikeSoftKeyword(first.text)
        }
        if !excluded, let a = try disjunction(), let b = try expressionWithoutInvalid() {
            if !isLegacyStatementName(a) && token(at: mark - 1).level != 0 {
                throw errorKnownRange(a.range, b.range, "invalid syntax. Perhaps you forgot a comma?")
            }
        }
        mark = start
        // disjunction 'if' disjunction !('else' | ':')
        if let a = try disjunction(), try accept("if"), let b = try disjunction(),
           try !check("else") && !check(":") {
            throw errorKnownRange(a.range, b.range, "expected 'else' after 'if' expression")
        }
        mark = start
        // 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | fstring_replacement_field)
        if let keyword = try expect("lambda") {
            _ = try lambdaParams()
            if let colon = try expect(":") {
                let afterColon = mark
                let inFString = try checkKind(.fstringMiddle) || replacementField() != nil
                mark = afterColon
                if inFString {
                    throw errorKnownRange(keyword.range, colon.range,
                                          "f-string: lambda expressions are not allowed without parentheses")
                }
            }
        }
        mark = start
    }

    func isLegacyStatementName(_ e: Expr) -> Bool {
        if case .name(let id) = e.kind { return id == "print" || id == "exec" }
        return false
    }

    // invalid_legacy_expression: NAME !'(' star_expressions
    mutating func invalidLegacyExpression() throws {
        let start = mark
        if let keyword = try name(), try !check("("), let rest = try starExpressions() {
            if keyword.text == "print" || keyword.text == "exec" {
                throw errorKnownRange(keyword.range, rest.range,
                                      "Missing parentheses in call to '\(keyword.text)'. Did you mean \(keyword.text)(...)?")
            }
        }
        mark = start
    }

    // invalid_named_expression (memo)
    mutating func invalidNamedExpression() throws {
        let start = mark
        if memoEntry(.invalidNamedExpression, at: start) != nil { return }
        // expression ':=' expression
        if let a = try expression(), try accept(":="), try expression() != nil {
            throw errorKnownLocation(a.range, "cannot use assignment expressions with \(exprName(a))")
        }
        mark = start
        // NAME '=' bitwise_or !('=' | ':=')
        if let a = try name(), try accept("="), let b = try bitwiseOr(), try !check("=") && !check(":=") {
            throw errorKnownRange(a.range, b.range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        }
        mark = start
        // !(list | tuple | genexp | 'True' | 'None' | 'False') bitwise_or '=' bitwise_or !('=' | ':=')
        if try !startsWithDisplayOrSingleton() {
            mark = start
            if let a = try bitwiseOr(), try accept("="), try bitwiseOr() != nil,
               try !check("=") && !check(":=") {
                throw errorKnownLocation(a.range, "cannot assign to \(exprName(a)) here. Maybe you meant '==' instead of '='?")
            }
        }
        mark = start
        memoize(.invalidNamedExpression, at: start, MemoEntry(value: nil, end: start))
    }

    mutating func startsWithDisplayOrSingleton() throws -> Bool {
        let start = mark
        defer { mark = start }
        if try list() != nil { return true }
        mark = start
        if try tuple() != nil { return true }
        mark = start
        if try genexp() != nil { return true }
        mark = start
        return try check("True") || check("None") || check("False")
    }

    // invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion
    mutating func invalidArithmetic() throws {
        let start = mark
        if try sum() != nil {
            let op = try peek()
            if op.kind == .op, ["+", "-", "*", "/", "%", "//", "@"].contains(op.text) {
                mark += 1
                if let keyword = try expect("not"), let operand = try inversion() {
                    throw errorKnownRange(keyword.range, operand.range, "'not' after an operator must be parenthesized")
                }
            }
        }
        mark = start
    }

    // invalid_factor: ('+' | '-' | '~') 'not' factor
    mutating func invalidFactor() throws {
        let start = mark
        let op = try peek()
        if op.kind == .op && (op.text == "+" || op.text == "-" || op.text == "~") {
            mark += 1
            if let keyword = try expect("not"), let operand = try factor() {
                throw errorKnownRange(keyword.range, operand.range, "'not' after an operator must be parenthesized")
            }
        }
        mark = start
    }

    // invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
    mutating func invalidGroup() throws {
        let start = mark
        if try accept("("), let starred = try starredExpression(), try accept(")") {
            throw errorKnownLocation(starred.range, "cannot use starred expression here")
        }
        mark = start
        if try accept("("), let stars = try expect("**"), try expression() != nil, try accept(")") {
            throw errorKnownLocation(stars, "cannot use double starred expression here")
        }
        mark = start
    }

    // invalid_comprehension
    mutating func invalidComprehension() throws {
        let start = mark
        if try accept("[") || accept("(") || accept("{"),
           let starred = try starredExpression(), try forIfClauses() != nil {
            throw errorKnownLocation(starred.range, "iterable unpacking cannot be used in comprehension")
        }
        mark = start
        if try accept("[") || accept("{"), let first = try starNamedExpression(),
           try accept(","), let rest = try starNamedExpressions(), try forIfClauses() != nil,
           let last = rest.last {
            throw errorKnownRange(first.range, last.range, "did you forget parentheses around the comprehension target?")
        }
        mark = start
        if try accept("[") || accept("{"), let first = try starNamedExpression(),
           let comma = try expect(","), try forIfClauses() != nil {
            throw errorKnownRange(first.range, comma.range, "did you forget parentheses around the comprehension target?")
        }
        mark = start
    }

    // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
    mutating func invalidDictComprehension() throws {
        let start = mark
        if try accept("{"), let stars = try expect("**"), try bitwiseOr() != nil,
           try forIfClauses() != nil, try accept("}") {
            throw errorKnownLocation(stars, "dict unpacking cannot be used in dict comprehension")
        }
        mark = start
    }

    // invalid_double_starred_kvpairs (after the '{')
    mutating func invalidDoubleStarredPairs() throws {
        let start = mark
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        if try doubleStarredPair() != nil {
            while true {
                let before = mark
                guard try accept(","), try doubleStarredPair() != nil else {
                    mark = before
                    break
                }
            }
            if try accept(",") { try invalidKeyValuePair() }
        }
        mark = start
        try starredDictValueErrors()
        mark = start
    }

    // invalid_kvpair
    mutating func invalidKeyValuePair() throws {
        let start = mark
        if let key = try expression(), try !check(":") {
            throw makeError(.syntax, "':' expected after dictionary key", line: key.range.endLine,
                            column: key.range.endColumn - 1, endColumn: nil)
        }
        mark = start
        try starredDictValueErrors()
        mark = start
    }

    /// expression ':' '*' bitwise_or | expression ':' &('}' | ',')
    mutating func starredDictValueErrors() throws {
        let start = mark
        if try expression() != nil, try accept(":"), let star = try expect("*"), try bitwiseOr() != nil {
            throw errorStartingFrom(star.range, "cannot use a starred expression in a dictionary value")
        }
        mark = start
        if try expression() != nil, let colon = try expect(":"), try check("}") || check(",") {
            throw errorKnownLocation(colon, "expression expected after dictionary key and ':'")
        }
        mark = start
    }

    // invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
    mutating func invalidForIfClause() throws {
        let start = mark
        _ = try expect("async")
        if try accept("for"), try bitwiseOr() != nil {
            while true {
                let before = mark
                guard try accept(","), try bitwiseOr() != nil else {
                    mark = before
                    break
                }
            }
            _ = try expect(",")
            if try !check("in") {
                throw errorAtLastToken("'in' expected after for-loop variables")
            }
        }
        mark = start
    }

    // invalid_arguments
    mutating func invalidArguments() throws {
        let start = mark
        // ((positional+ ',' kwargs) | kwargs) ',' ','.(starred_expression !'=')+
        if try argumentsBeforeUnpacking(), let comma = try expect(","), try starredNotKeyword() {
            throw errorStartingFrom(comma.range, "iterable argument unpacking follows keyword argument unpacking")
        }
        mark = start
        // expression for_if_clauses ',' [args | expression for_if_clauses]
        if let a = try expression(), let clauses = try forIfClauses(), try accept(",") {
            let afterComma = mark
            if try args() == nil {
                mark = afterComma
                if try expression() == nil || forIfClauses() == nil { mark = afterComma }
            }
            throw errorKnownRange(a.range, lastComprehensionItem(clauses).range, "Generator expression must be parenthesized")
        }
        mark = start
        // NAME '=' expression for_if_clauses
        if let a = try name(), let equals = try expect("="), try expression() != nil, try forIfClauses() != nil {
            throw errorKnownRange(a.range, equals.range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        }
        mark = start
        // (args ',')? NAME '=' &(',' | ')')
        let beforeArgs = mark
        if try args() == nil || expect(",") == nil { mark = beforeArgs }
        if let a = try name(), let equals = try expect("="), try check(",") || check(")") {
            throw errorKnownRange(a.range, equals.range, "expected argument value expression")
        }
        mark = start
        // args for_if_clauses
        if let parsed = try args(), let clauses = try forIfClauses() {
            if parsed.args.count > 1, let last = parsed.args.last {
                throw errorKnownRange(last.range, lastComprehensionItem(clauses).range,
                                      "Generator expression must be parenthesized")
            }
        }
        mark = start
        // args ',' expression for_if_clauses
        if try args() != nil, try accept(","), let a = try expression(), let clauses = try forIfClauses() {
            throw errorKnownRange(a.range, lastComprehensionItem(clauses).range, "Generator expression must be parenthesized")
        }
        mark = start
        // args ',' args
        if let parsed = try args(), try accept(","), try args() != nil {
            let unpacking = parsed.keywords.contains { $0.name == nil }
            throw errorAtLastToken(unpacking ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument")
        }
        mark = start
    }

    /// (','.positional+ ',' kwargs) | kwargs
    mutating func argumentsBeforeUnpacking() throws -> Bool {
        let start = mark
        if try positionalArgument() != nil {
            while true {
                let before = mark
                guard try accept(","), try positionalArgument() != nil else {
                    mark = before
                    break
                }
            }
            if try accept(","), try kwargs() != nil { return true }
        }
        mark = start
        return try kwargs() != nil
    }

    /// ','.(starred_expression !'=')+
    mutating func starredNotKeyword() throws -> Bool {
        var count = 0
        while true {
            let before = mark
            if count > 0 {
                guard try accept(",") else { break }
            }
            guard try starredExpression() != nil, try !check("=") else {
                mark = before
                break
            }
            count += 1
        }
        return count > 0
    }

    func lastComprehensionItem(_ clauses: [ComprehensionFor]) -> Expr {
        let last = clauses[clauses.count - 1]
        return last.ifs.last ?? last.iter
    }

    // invalid_kwarg
    mutating func invalidKwarg() throws {
        let start = mark
        let first = try peek()
        if first.kind == .keyword && (first.text == "True" || first.text == "False" || first.text == "None") {
            mark += 1
            if let equals = try expect("=") {
                throw errorKnownRange(first.range, equals.range, "cannot assign to \(first.text)")
            }
        }
        mark = start
        if let a = try name(), let equals = try expect("="), try expression() != nil, try forIfClauses() != nil {
            throw errorKnownRange(a.range, equals.range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        }
        mark = start
        let isKeyword = try name() != nil && check("=")
        mark = start
        if !isKeyword, let a = try expression(), let equals = try expect("=") {
            throw errorKnownRange(a.range, equals.range, "expression cannot contain assignment, perhaps you meant \"==\"?")
        }
        mark = start
        if let stars = try expect("**"), try expression() != nil, try accept("="), let b = try expression() {
            throw errorKnownRange(stars.range, b.range, "cannot assign to keyword argument unpacking")
        }
        mark = start
    }

    // invalid_starred_expression: '*' expression '=' expression
    mutating func invalidStarredExpression() throws {
        let start = mark
        if let star = try expect("*"), try expression() != nil, try accept("="), let b = try expression() {
            throw errorKnownRange(star.range, b.range, "cannot assign to iterable argument unpacking")
        }
        mark = start
    }

    // invalid_replacement_field
    mutating func invalidReplacementField() throws {
        let start = mark
        guard try accept("{") else { return }
        let afterBrace = mark
        for symbol in ["=", "!", ":", "}"] {
            if let token = try expect(symbol) {
                throw errorKnownLocation(token, "f-string: valid expression required before '\(symbol)'")
            }
        }
        if try annotatedRhs() == nil {
            mark = afterBrace
            throw try errorOnNextToken("f-string: expecting a valid expression after '{'")
        }
        let afterValue = mark
        if try !(check("=") || check("!") || check(":") || check("}")) {
            throw try errorOnNextToken("f-string: expecting '=', or '!', or ':', or '}'")
        }
        if try accept("="), try !(check("!") || check(":") || check("}")) {
            throw try errorOnNextToken("f-string: expecting '!', or ':', or '}'")
        }
        mark = afterValue
        _ = try expect("=")
        let beforeConversion = mark
        // invalid_conversion_character
        if try accept("!") {
            if try check(":") || check("}") {
                throw try errorOnNextToken("f-string: missing conversion character")
            }
            if try !checkKind(.name) {
                throw try errorOnNextToken("f-string: invalid conversion character")
            }
        }
        mark = beforeConversion
        if try expect("!") == nil || name() == nil { mark = beforeConversion }
        if try !(check(":") || check("}")) {
            throw try errorOnNextToken("f-string: expecting ':' or '}'")
        }
        let beforeSpec = mark
        if try accept(":") {
            while true {
                if try accept(.fstringMiddle) { continue }
                if try replacementField() != nil { continue }
                break
            }
            if try !check("}") {
                throw try errorOnNextToken("f-string: expecting '}', or format specs")
            }
        }
        mark = beforeSpec
        if try !check("}") {
            throw try errorOnNextToken("f-string: expecting '}'")
        }
        mark = start
    }
}
