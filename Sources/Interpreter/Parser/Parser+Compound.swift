// Compound statements: dispatch, blocks, decorators, if/while/for/with/try,
// and the unsupported match statement. Definitions are in
// Parser+Definitions.swift.

extension PEGParser {
    mutating func compoundStatement() throws -> Stmt? {
        let token = try peek()
        let start = mark
        if token.kind == .keyword || (token.kind == .op && token.text == "@") {
            switch token.text {
            case "def", "@", "async":
                if let def = try functionDef() { return def }
                mark = start
            default: break
            }
            switch token.text {
            case "if": return try ifStatement()
            case "class", "@":
                if let def = try classDef() { return def }
                mark = start
            default: break
            }
            switch token.text {
            case "with", "async":
                if let with = try withStatement() { return with }
                mark = start
            default: break
            }
            switch token.text {
            case "for", "async":
                if let loop = try forStatement() { return loop }
                mark = start
            case "try": return try tryStatement()
            case "while": return try whileStatement()
            default: break
            }
        }
        if token.kind == .name && token.text == "match" {
            if let match = try matchStatement() { return match }
            mark = start
        }
        return nil
    }

    // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    mutating func block() throws -> [Stmt]? {
        let key = mark
        if let entry = blockMemo[key] {
            mark = entry.end
            return entry.value
        }
        try enter()
        defer { leave() }
        let result = try blockUncached()
        blockMemo[key] = MemoEntry(value: result, end: mark)
        return result
    }

    mutating func blockUncached() throws -> [Stmt]? {
        let start = mark
        if try accept(.newline), try accept(.indent), let body = try statements(),
           try accept(.dedent) {
            return body
        }
        mark = start
        if let body = try simpleStatements() { return body }
        mark = start
        if callInvalidRules, try accept(.newline), try !checkKind(.indent) {
            throw errorAtLastToken(.indentation, "expected an indented block")
        }
        mark = start
        return nil
    }

    /// NEWLINE !INDENT after a block opener's ':' in the second pass:
    /// "expected an indented block after ...".
    mutating func missingIndentedBlock() throws -> Bool {
        let before = mark
        if try accept(.newline), try !checkKind(.indent) { return true }
        mark = before
        return false
    }

    // decorators: ('@' named_expression NEWLINE)+
    mutating func decorators() throws -> [Expr]? {
        var result: [Expr] = []
        while true {
            let before = mark
            guard try accept("@"), let decorator = try namedExpression(), try accept(.newline) else {
                mark = before
                break
            }
            result.append(decorator)
        }
        return result.isEmpty ? nil : result
    }

    // MARK: - if / while / for

    // if_stmt: invalid_if_stmt | 'if' named_expression ':' block (elif_stmt | [else_block])
    mutating func ifStatement() throws -> Stmt? {
        try conditional(keyword: "if")
    }

    /// if_stmt and elif_stmt share their shape.
    mutating func conditional(keyword: String) throws -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidConditional(keyword: keyword)
            mark = start
        }
        guard try expect(keyword) != nil, let test = try namedExpression(), try accept(":"),
              let body = try block() else {
            mark = start
            return nil
        }
        if try check("elif") {
            if let elif = try conditional(keyword: "elif") {
                return Stmt(.if(test: test, body: body, orelse: [elif]), range(from: start))
            }
        }
        let orelse = try elseBlock() ?? []
        return Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    mutating func elseBlock() throws -> [Stmt]? {
        let start = mark
        if callInvalidRules {
            if let elseToken = try expect("else"), try accept(":"), try missingIndentedBlock() {
                throw errorAtLastToken(.indentation,
                                       "expected an indented block after 'else' statement on line \(elseToken.line)")
            }
            mark = start
        }
        guard try accept("else") else { return nil }
        _ = try expectForced(":")
        guard let body = try block() else {
            mark = start
            return nil
        }
        return body
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    mutating func whileStatement() throws -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidConditional(keyword: "while")
            mark = start
        }
        guard try accept("while"), let test = try namedExpression(), try accept(":"),
              let body = try block() else {
            mark = start
            return nil
        }
        let orelse = try elseBlock() ?? []
        return Stmt(.while(test: test, body: body, orelse: orelse), range(from: start))
    }

    // for_stmt: invalid_for_stmt
    //   | ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
    //   | invalid_for_target
    mutating func forStatement() throws -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidForStatement()
            mark = start
        }
        let asyncToken = try expect("async")
        if try accept("for"), let target = try starTargets(), try accept("in") {
            // The cut: past 'in', no other alternative is tried.
            guard let iter = try starExpressions(), try accept(":"), let body = try block() else {
                mark = start
                return nil
            }
            let orelse = try elseBlock() ?? []
            var loop = Stmt(.for(target: target, iter: iter, body: body, orelse: orelse), range(from: start))
            loop.isAsync = asyncToken != nil
            return loop
        }
        mark = start
        if callInvalidRules {
            try invalidForTarget()
            mark = start
        }
        return nil
    }

    // MARK: - with

    // with_stmt: invalid_with_stmt_indent
    //   | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
    //   | ['async'] 'with' ','.with_item+ ':' block
    //   | invalid_with_stmt
    mutating func withStatement() throws -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidWithStatementIndent()
            mark = start
        }
        let asyncToken = try expect("async")
        guard try accept("with") else {
            mark = start
            return nil
        }
        let afterWith = mark
        if try accept("("), let items = try withItems() {
            _ = try expect(",")
            if try accept(")"), try accept(":"), let body = try block() {
                var with = Stmt(.with(items: items, body: body), range(from: start))
                with.isAsync = asyncToken != nil
                return with
            }
        }
        mark = afterWith
        if let items = try withItems(), try accept(":"), let body = try block() {
            var with = Stmt(.with(items: items, body: body), range(from: start))
            with.isAsync = asyncToken != nil
            return with
        }
        mark = start
        if callInvalidRules {
            try invalidWithStatement()
            mark = start
        }
        return nil
    }

    mutating func withItems() throws -> [WithItem]? {
        guard let first = try withItem() else { return nil }
        var items = [first]
        while true {
            let before = mark
            guard try accept(","), let next = try withItem() else {
                mark = before
                break
            }
            items.append(next)
        }
        return items
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    mutating func withItem() throws -> WithItem? {
        let start = mark
        if let context = try expression(), try accept("as"), let target = try starTarget(),
           try check(",") || check(")") || check(":") {
            return WithItem(contextExpr: context, optionalVars: target)
        }
        mark = start
        if callInvalidRules {
            // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
            if try expression() != nil, try accept("as"), let target = try expression(),
               try check(",") || check(")") || check(":"), let error = invalidTargetError(.star, target) {
                throw error
            }
            mark = start
        }
        guard let context = try expression() else { return nil }
        return WithItem(contextExpr: context, optionalVars: nil)
    }

    // MARK: - try

    // try_stmt: invalid_try_stmt
    //   | 'try' &&':' block finally_block
    //   | 'try' &&':' block except_block+ [else_block] [finally_block]
    //   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    mutating func tryStatement() throws -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidTryStatement()
            mark = start
        }
        guard try accept("try") else { return nil }
        _ = try expectForced(":")
        guard let body = try block() else {
            mark = start
            return nil
        }
        let afterBody = mark
        if let finalbody = try finallyBlock() {
            return Stmt(.try(body: body, handlers: [], orelse: [], finalbody: finalbody), range(from: start))
        }
        mark = afterBody
        for star in [false, true] {
            mark = afterBody
            var handlers: [ExceptHandler] = []
            while let handler = try exceptBlock(star: star) {
                handlers.append(handler)
            }
            if handlers.isEmpty { continue }
            let orelse = try elseBlock() ?? []
            let finalbody = try finallyBlock() ?? []
            return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody),
                        range(from: start))
        }
        mark = start
        return nil
    }

    // except_block: invalid_except_stmt_indent
    //   | 'except' expression ['as' NAME] ':' block | 'except' ':' block | invalid_except_stmt
    // except_star_block: the same with 'except' '*'.
    mutating func exceptBlock(star: Bool) throws -> ExceptHandler? {
        let start = mark
        if callInvalidRules {
            try invalidExceptIndent(star: star)
            mark = start
        }
        guard try expect("except") != nil else { return nil }
        if star {
            guard try accept("*") else {
                mark = start
                return nil
            }
        }
        let afterKeyword = mark
        if let type = try expression() {
            let name = try optionalAsName()
            if try accept(":"), let body = try block() {
                return ExceptHandler(type: type, name: name, body: body, range: range(from: start), isStar: star)
            }
        }
        mark = afterKeyword
        if !star, try accept(":"), let body = try block() {
            return ExceptHandler(type: nil, name: nil, body: body, range: range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidExceptStatement(star: star)
            mark = start
        }
        return nil
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    mutating func finallyBlock() throws -> [Stmt]? {
        let start = mark
        if callInvalidRules {
            if let finallyToken = try expect("finally"), try accept(":"), try missingIndentedBlock() {
                throw errorAtLastToken(.indentation,
                                       "expected an indented block after 'finally' statement on line \(finallyToken.line)")
            }
            mark = start
        }
        guard try accept("finally") else { return nil }
        _ = try expectForced(":")
        guard let body = try block() else {
            mark = start
            return nil
        }
        return body
    }

    // MARK: - match (recognised, then reported as unsupported)

    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
    mutating func matchStatement() throws -> Stmt? {
        let start = mark
        guard let keyword = try expectSoftKeyword("match"), try subjectExpression() != nil else {
            mark = start
            return nil
        }
        let afterSubject = mark
        if try accept(":"), try accept(.newline), try accept(.indent),
           try peek().kind == .name && peek().text == "case" {
            if let m = try parseMatch(keyword: keyword, start: start) { return m }
        }
        if callInvalidRules {
            mark = afterSubject
            if try checkKind(.newline) {
                _ = try peek()
                throw errorAtLastToken("expected ':'")
            }
            mark = afterSubject
            if try accept(":"), try missingIndentedBlock() {
                throw errorAtLastToken(.indentation,
                                       "expected an indented block after 'match' statement on line \(keyword.line)")
            }
        }
        mark = start
        return nil
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    mutating func subjectExpression() throws -> Expr? {
        let start = mark
        if try starNamedExpression() != nil, try accept(",") {
            _ = try starNamedExpressions()
            return Expr(.constant(.none), range(from: start))
        }
        mark = start
        return try namedExpression()
    }
}
