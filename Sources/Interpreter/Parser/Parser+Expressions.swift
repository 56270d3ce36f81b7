// Expressions from the top (tuples without parentheses, conditional
// expressions, lambda) down through the operator precedence levels to
// primaries. Left-recursive rules of the grammar (a = a '+' b | b) are
// written as loops, which match the same inputs.

extension PEGParser {
    // expressions: expression (',' expression)+ [','] | expression ',' | expression
    mutating func expressions() throws -> Expr? {
        try commaSeparated { p in try p.expression() }
    }

    // star_expressions: the same with star_expression.
    mutating func starExpressions() throws -> Expr? {
        try commaSeparated { p in try p.starExpression() }
    }

    /// `x`, or a tuple `x, y,` when a comma follows.
    mutating func commaSeparated(_ item: (inout PEGParser) throws -> Expr?) throws -> Expr? {
        let start = mark
        guard let first = try item(&self) else { return nil }
        var items = [first]
        var sawComma = false
        while true {
            guard try accept(",") else { break }
            sawComma = true
            guard let next = try item(&self) else { break }  // a trailing comma
            items.append(next)
        }
        if !sawComma { return first }
        return Expr(.tuple(items), range(from: start))
    }

    // expression (memo): invalid_expression | invalid_legacy_expression
    //   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    mutating func expression() throws -> Expr? {
        try enter()
        defer { leave() }
        return try memoized(.expression) { p in try p.expressionUncached() }
    }

    mutating func expressionUncached() throws -> Expr? {
        let start = mark
        if callInvalidRules {
            try invalidExpression()
            mark = start
            try invalidLegacyExpression()
            mark = start
        }
        return try conditionalExpression()
    }

    /// disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    mutating func conditionalExpression() throws -> Expr? {
        let start = mark
        if let body = try disjunction() {
            let afterBody = mark
            if try accept("if"), let test = try disjunction(), try accept("else"),
               let orelse = try expression() {
                return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
            }
            mark = afterBody
            return body
        }
        mark = start
        return try lambdef()
    }

    /// expression_without_invalid: the same, with the invalid_* rules off.
    mutating func expressionWithoutInvalid() throws -> Expr? {
        let saved = callInvalidRules
        callInvalidRules = false
        defer { callInvalidRules = saved }
        return try conditionalExpression()
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    mutating func yieldExpression() throws -> Expr? {
        let start = mark
        guard try accept("yield") else { return nil }
        let afterYield = mark
        if try accept("from"), let value = try expression() {
            return Expr(.yieldFrom(value), range(from: start))
        }
        mark = afterYield
        let value = try starExpressions()
        return Expr(.yield(value), range(from: start))
    }

    // star_expression (memo): '*' bitwise_or | expression
    mutating func starExpression() throws -> Expr? {
        try memoized(.starExpression) { p in
            let start = p.mark
            if try p.accept("*"), let value = try p.bitwiseOr() {
                return Expr(.starred(value), p.range(from: start))
            }
            p.mark = start
            return try p.expression()
        }
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    mutating func starNamedExpressions() throws -> [Expr]? {
        guard let first = try starNamedExpression() else { return nil }
        var items = [first]
        while true {
            let before = mark
            guard try accept(","), let next = try starNamedExpression() else {
                mark = before
                break
            }
            items.append(next)
        }
        _ = try expect(",")
        return items
    }

    // star_named_expression: '*' bitwise_or | named_expression
    mutating func starNamedExpression() throws -> Expr? {
        let start = mark
        if try accept("*"), let value = try bitwiseOr() {
            return Expr(.starred(value), range(from: start))
        }
        mark = start
        return try namedExpression()
    }

    // assignment_expression: NAME ':=' ~ expression
    mutating func assignmentExpression() throws -> Expr? {
        let start = mark
        guard let target = try name(), try accept(":="), let value = try expression() else {
            mark = start
            return nil
        }
        return Expr(.namedExpr(target: target.text, value: value), range(from: start))
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    mutating func namedExpression() throws -> Expr? {
        let start = mark
        if let assignment = try assignmentExpression() { return assignment }
        if callInvalidRules {
            try invalidNamedExpression()
            mark = start
        }
        if let value = try expression(), try !check(":=") { return value }
        mark = start
        return nil
    }

    // MARK: - Boolean operators and comparisons

    // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    mutating func disjunction() throws -> Expr? {
        try memoized(.disjunction) { p in
            try p.booleanChain(.or, keyword: "or") { p in try p.conjunction() }
        }
    }

    // conjunction: inversion ('and' inversion)+ | inversion
    mutating func conjunction() throws -> Expr? {
        try booleanChain(.and, keyword: "and") { p in try p.inversion() }
    }

    mutating func booleanChain(_ op: BoolOperator, keyword: String,
                               _ operand: (inout PEGParser) throws -> Expr?) throws -> Expr? {
        let start = mark
        guard let first = try operand(&self) else { return nil }
        var values = [first]
        while true {
            let before = mark
            guard try expect(keyword) != nil, let next = try operand(&self) else {
                mark = before
                break
            }
            values.append(next)  // a flat list: no nesting to bound
        }
        if values.count == 1 { return first }
        return Expr(.boolOp(op, values), range(from: start))
    }

    // inversion: 'not' inversion | comparison
    mutating func inversion() throws -> Expr? {
        let start = mark
        if try accept("not") {
            try enter()
            defer { leave() }
            if let operand = try inversion() {
                return Expr(.unaryOp(.not, operand), range(from: start))
            }
            mark = start
        }
        return try comparison()
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    mutating func comparison() throws -> Expr? {
        let start = mark
        guard let left = try bitwiseOr() else { return nil }
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while true {
            let before = mark
            guard let op = try compareOperator(), let right = try bitwiseOr() else {
                mark = before
                break
            }
            ops.append(op)
            comparators.append(right)
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left, ops, comparators), range(from: start))
    }

    mutating func compareOperator() throws -> CompareOperator? {
        let token = try peek()
        let op: CompareOperator
        switch (token.kind, token.text) {
        case (.op, "=="): op = .eq
        case (.op, "!="): op = .notEq
        case (.op, "<="): op = .ltE
        case (.op, "<"): op = .lt
        case (.op, ">="): op = .gtE
        case (.op, ">"): op = .gt
        case (.keyword, "in"): op = .in
        case (.keyword, "not"):
            let next = try peek(1)
            guard next.kind == .keyword && next.text == "in" else { return nil }
            mark += 2
            return .notIn
        case (.keyword, "is"):
            let next = try peek(1)
            if next.kind == .keyword && next.text == "not" {
                mark += 2
                return .isNot
            }
            op = .is
        default: return nil
        }
        mark += 1
        return op
    }

    // MARK: - Binary operators

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    mutating func bitwiseOr() throws -> Expr? {
        try memoized(.bitwiseOr) { p in
            try p.binaryChain(.bitwiseOr) { p in try p.bitwiseXor() }
        }
    }

    mutating func bitwiseXor() throws -> Expr? {
        try binaryChain(.bitwiseXor) { p in try p.bitwiseAnd() }
    }

    mutating func bitwiseAnd() throws -> Expr? {
        try binaryChain(.bitwiseAnd) { p in try p.shiftExpression() }
    }

    // shift_expr: shift_expr ('<<' | '>>') sum | invalid_arithmetic | sum
    mutating func shiftExpression() throws -> Expr? {
        if callInvalidRules {
            let start = mark
            try invalidArithmetic()
            mark = start
        }
        return try binaryChain(.shift) { p in try p.sum() }
    }

    mutating func sum() throws -> Expr? {
        try binaryChain(.sum) { p in try p.term() }
    }

    // term: term ('*' | '/' | '//' | '%' | '@') factor | invalid_factor | factor
    mutating func term() throws -> Expr? {
        if callInvalidRules {
            let start = mark
            try invalidFactor()
            mark = start
        }
        return try binaryChain(.term) { p in
            try p.factor()
        }
    }

    enum PrecedenceLevel { case bitwiseOr, bitwiseXor, bitwiseAnd, shift, sum, term }

    /// The binary operator `text` denotes at `level`, if any.
    func binaryOperator(_ text: String, at level: PrecedenceLevel) -> BinaryOperator? {
        switch (level, text) {
        case (.bitwiseOr, "|"): return .bitOr
        case (.bitwiseXor, "^"): return .bitXor
        case (.bitwiseAnd, "&"): return .bitAnd
        case (.shift, "<<"): return .lShift
        case (.shift, ">>"): return .rShift
        case (.sum, "+"): return .add
        case (.sum, "-"): return .sub
        case (.term, "*"): return .mult
        case (.term, "/"): return .div
        case (.term, "//"): return .floorDiv
        case (.term, "%"): return .mod
        case (.term, "@"): return .matMult
        default: return nil
        }
    }

    /// A left-associative chain of binary operators.
    mutating func binaryChain(_ level: PrecedenceLevel,
                              _ operand: (inout PEGParser) throws -> Expr?) throws -> Expr? {
        let start = mark
        guard var left = try operand(&self) else { return nil }
        var length = 0
        while true {
            let before = mark
            guard try checkKind(.op), let op = binaryOperator(token(at: mark).text, at: level) else { break }
            mark += 1
            guard let right = try operand(&self) else {
                mark = before
                break
            }
            left = Expr(.binOp(left, op, right), range(from: start))
            length += 1
            try checkChain(length)
        }
        return left
    }

    // factor: '+' factor | '-' factor | '~' factor | power
    mutating func factor() throws -> Expr? {
        let start = mark
        let token = try peek()
        if token.kind == .op {
            let op: UnaryOperator?
            switch token.text {
            case "+": op = .uAdd
            case "-": op = .uSub
            case "~": op = .invert
            default: op = nil
            }
            if let op {
                mark += 1
                try enter()
                defer { leave() }
                if let operand = try factor() {
                    return Expr(.unaryOp(op, operand), range(from: start))
                }
                mark = start
                return nil
            }
        }
        return try power()
    }

    // power: await_primary '**' factor | await_primary
    mutating func power() throws -> Expr? {
        let start = mark
        guard let base = try awaitPrimary() else { return nil }
        let afterBase = mark
        if try accept("**") {
            // Two levels, as each `**` costs CPython's parser two.
            try enter()
            try enter()
            defer { leave(); leave() }
            if let exponent = try factor() {
                return Expr(.binOp(base, .pow, exponent), range(from: start))
            }
        }
        mark = afterBase
        return base
    }
}
