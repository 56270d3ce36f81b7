// Bracketed atoms (tuples, groups, lists, sets, dicts), comprehensions and
// generator expressions, and call arguments.

/// The arguments of a call or class definition.
struct CallArguments {
    var args: [Expr] = []
    var keywords: [Keyword] = []
}

extension PEGParser {
    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    mutating func tuple() throws -> Expr? {
        let start = mark
        guard try accept("(") else { return nil }
        var items: [Expr] = []
        let afterParen = mark
        if let first = try starNamedExpression(), try accept(",") {
            items = [first] + (try starNamedExpressions() ?? [])
        } else {
            mark = afterParen
        }
        guard try accept(")") else {
            mark = start
            return nil
        }
        return Expr(.tuple(items), range(from: start))
    }

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    mutating func group() throws -> Expr? {
        let start = mark
        if try accept("(") {
            var inner = try yieldExpression()
            if inner == nil { inner = try namedExpression() }
            if let inner, try accept(")") { return inner }
        }
        mark = start
        if callInvalidRules {
            try invalidGroup()
            mark = start
        }
        return nil
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    mutating func genexp() throws -> Expr? {
        let start = mark
        if let open = try expect("("), let element = try comprehensionElement(),
           let generators = try forIfClauses(), try accept(")") {
            let comprehension = Comprehension(scopeID: scopeMarker(open), element: element, value: nil,
                                              generators: generators)
            return Expr(.generatorExp(comprehension), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidComprehension()
            mark = start
        }
        return nil
    }

    /// assignment_expression | expression !':='
    mutating func comprehensionElement() throws -> Expr? {
        if let assignment = try assignmentExpression() { return assignment }
        let start = mark
        if let value = try expression(), try !check(":=") { return value }
        mark = start
        return nil
    }

    // list: '[' [star_named_expressions] ']'
    mutating func list() throws -> Expr? {
        let start = mark
        guard try accept("[") else { return nil }
        let items = try starNamedExpressions() ?? []
        guard try accept("]") else {
            mark = start
            return nil
        }
        return Expr(.list(items), range(from: start))
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    mutating func listcomp() throws -> Expr? {
        let start = mark
        if let open = try expect("["), let element = try namedExpression(), let generators = try forIfClauses(),
           try accept("]") {
            let comprehension = Comprehension(scopeID: scopeMarker(open), element: element, value: nil,
                                              generators: generators)
            return Expr(.listComp(comprehension), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidComprehension()
            mark = start
        }
        return nil
    }

    // set: '{' star_named_expressions '}'
    mutating func set() throws -> Expr? {
        let start = mark
        guard try accept("{"), let items = try starNamedExpressions(), try accept("}") else {
            mark = start
            return nil
        }
        return Expr(.set(items), range(from: start))
    }

    // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    mutating func setcomp() throws -> Expr? {
        let start = mark
        if let open = try expect("{"), let element = try namedExpression(), let generators = try forIfClauses(),
           try accept("}") {
            let comprehension = Comprehension(scopeID: scopeMarker(open), element: element, value: nil,
                                              generators: generators)
            return Expr(.setComp(comprehension), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidComprehension()
            mark = start
        }
        return nil
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    mutating func dict() throws -> Expr? {
        let start = mark
        guard try accept("{") else { return nil }
        var keys: [Expr?] = []
        var values: [Expr] = []
        if let first = try doubleStarredPair() {
            keys.append(first.key)
            values.append(first.value)
            while true {
                let before = mark
                guard try accept(","), let next = try doubleStarredPair() else {
                    mark = before
                    break
                }
                keys.append(next.key)
                values.append(next.value)
            }
            _ = try expect(",")
        }
        if try accept("}") {
            return Expr(.dict(keys: keys, values: values), range(from: start))
        }
        // Not guarded by the second pass: CPython only guards alternatives
        // that consist of a lone invalid_* rule, and this one has braces.
        mark = start + 1
        try invalidDoubleStarredPairs()
        mark = start
        return nil
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    mutating func doubleStarredPair() throws -> (key: Expr?, value: Expr)? {
        let start = mark
        if try accept("**"), let value = try bitwiseOr() {
            return (nil, value)
        }
        mark = start
        if let pair = try keyValuePair() { return (pair.key, pair.value) }
        return nil
    }

    // kvpair: expression ':' expression
    mutating func keyValuePair() throws -> (key: Expr, value: Expr)? {
        let start = mark
        guard let key = try expression(), try accept(":"), let value = try expression() else {
            mark = start
            return nil
        }
        return (key, value)
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    mutating func dictcomp() throws -> Expr? {
        let start = mark
        if let open = try expect("{"), let pair = try keyValuePair(), let generators = try forIfClauses(),
           try accept("}") {
            let comprehension = Comprehension(scopeID: scopeMarker(open), element: pair.key, value: pair.value,
                                              generators: generators)
            return Expr(.dictComp(comprehension), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidDictComprehension()
            mark = start
        }
        return nil
    }

    // for_if_clauses: for_if_clause+
    mutating func forIfClauses() throws -> [ComprehensionFor]? {
        var clauses: [ComprehensionFor] = []
        while let clause = try forIfClause() {
            clauses.append(clause)
        }
        return clauses.isEmpty ? nil : clauses
    }

    // for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //              | invalid_for_if_clause | invalid_for_target
    mutating func forIfClause() throws -> ComprehensionFor? {
        let start = mark
        let asyncToken = try expect("async")
        if try accept("for"), let target = try starTargets(), try accept("in") {
            guard let iter = try disjunction() else {
                mark = start
                return nil  // the cut
            }
            var ifs: [Expr] = []
            while true {
                let before = mark
                guard try accept("if"), let condition = try disjunction() else {
                    mark = before
                    break
                }
                ifs.append(condition)
            }
            var clause = ComprehensionFor(target: target, iter: iter, ifs: ifs)
            clause.isAsync = asyncToken != nil
            return clause
        }
        mark = start
        if callInvalidRules {
            try invalidForIfClause()
            mark = start
            try invalidForTarget()
            mark = start
        }
        return nil
    }

    // MARK: - Call arguments

    // arguments (memo): args [','] &')' | invalid_arguments
    mutating func arguments() throws -> CallArguments? {
        let key = mark
        if let entry = argumentsMemo[key] {
            mark = entry.end
            return entry.value
        }
        let result = try argumentsUncached()
        argumentsMemo[key] = MemoEntry(value: result, end: mark)
        return result
    }

    mutating func argumentsUncached() throws -> CallArguments? {
        let start = mark
        if let parsed = try args() {
            _ = try expect(",")
            if try check(")") { return parsed }
        }
        mark = start
        if callInvalidRules {
            try invalidArguments()
            mark = start
        }
        return nil
    }

    // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    //     | kwargs
    mutating func args() throws -> CallArguments? {
        let start = mark
        if let first = try positionalArgument() {
            var result = CallArguments(args: [first])
            while true {
                let before = mark
                guard try accept(","), let next = try positionalArgument() else {
                    mark = before
                    break
                }
                result.args.append(next)
            }
            let before = mark
            if try accept(","), let more = try kwargs() {
                result.args += more.args
                result.keywords = more.keywords
            } else {
                mark = before
            }
            return result
        }
        mark = start
        return try kwargs()
    }

    /// starred_expression | (assignment_expression | expression !':=') !'='
    mutating func positionalArgument() throws -> Expr? {
        if let starred = try starredExpression() { return starred }
        let start = mark
        if let value = try comprehensionElement(), try !check("=") { return value }
        mark = start
        return nil
    }

    // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    //       | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    mutating func kwargs() throws -> CallArguments? {
        let start = mark
        if let first = try separatedArguments(doubleStar: false) {
            let before = mark
            if try accept(","), let second = try separatedArguments(doubleStar: true) {
                return CallArguments(args: first.args + second.args, keywords: first.keywords + second.keywords)
            }
            mark = before
            return first
        }
        mark = start
        return try separatedArguments(doubleStar: true)
    }

    mutating func separatedArguments(doubleStar: Bool) throws -> CallArguments? {
        var result = CallArguments()
        guard try keywordArgument(doubleStar: doubleStar, into: &result) else { return nil }
        while true {
            let before = mark
            guard try accept(","), try keywordArgument(doubleStar: doubleStar, into: &result) else {
                mark = before
                break
            }
        }
        return result
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    mutating func keywordArgument(doubleStar: Bool, into result: inout CallArguments) throws -> Bool {
        let start = mark
        if callInvalidRules {
            try invalidKwarg()
            mark = start
        }
        if let keyword = try name(), try accept("="), let value = try expression() {
            result.keywords.append(Keyword(name: keyword.text, value: value, range: range(from: start)))
            return true
        }
        mark = start
        if doubleStar {
            if try accept("**"), let value = try expression() {
                result.keywords.append(Keyword(name: nil, value: value, range: range(from: start)))
                return true
            }
        } else if let starred = try starredExpression() {
            result.args.append(starred)
            return true
        }
        mark = start
        return false
    }

    // starred_expression: invalid_starred_expression | '*' expression
    mutating func starredExpression() throws -> Expr? {
        let start = mark
        if callInvalidRules {
            try invalidStarredExpression()
            mark = start
        }
        if try accept("*"), let value = try expression() {
            return Expr(.starred(value), range(from: start))
        }
        mark = start
        if callInvalidRules, try accept("*") {
            throw errorAtLastToken("Invalid star expression")
        }
        mark = start
        return nil
    }
}
