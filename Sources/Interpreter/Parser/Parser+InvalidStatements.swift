// The invalid_* rules for statements (second pass only). Each either throws
// the specific SyntaxError or returns, leaving the caller to reset `mark`.

extension PEGParser {
    // invalid_assignment
    mutating func invalidAssignment() throws {
        let start = mark
        // invalid_ann_assign_target ':' expression
        if let target = try invalidAnnAssignTarget(), try accept(":"), try expression() != nil {
            throw errorKnownLocation(target.range, "only single target (not \(exprName(target))) can be annotated")
        }
        mark = start
        // star_named_expression ',' star_named_expressions* ':' expression
        if let first = try starNamedExpression(), try accept(",") {
            while try starNamedExpressions() != nil {}
            if try accept(":"), try expression() != nil {
                throw errorKnownLocation(first.range, "only single target (not tuple) can be annotated")
            }
        }
        mark = start
        // expression ':' expression
        if let target = try expression(), try accept(":"), try expression() != nil {
            throw errorKnownLocation(target.range, "illegal target for annotation")
        }
        mark = start
        // (star_targets '=')* star_expressions '='
        try skipAssignmentTargets()
        if let value = try starExpressions(), try accept("="), let error = invalidTargetError(.star, value) {
            throw error
        }
        mark = start
        // (star_targets '=')* yield_expr '='
        try skipAssignmentTargets()
        if let value = try yieldExpression(), try accept("=") {
            throw errorKnownLocation(value.range, "assignment to yield expression not possible")
        }
        mark = start
        // star_expressions augassign (yield_expr | star_expressions)
        if let target = try starExpressions(), try augmentedOperator() != nil, try annotatedRhs() != nil {
            throw errorKnownLocation(target.range, "'\(exprName(target))' is an illegal expression for augmented assignment")
        }
        mark = start
    }

    /// (star_targets '=')*
    mutating func skipAssignmentTargets() throws {
        while true {
            let before = mark
            guard try starTargets() != nil, try accept("=") else {
                mark = before
                return
            }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    mutating func invalidAnnAssignTarget() throws -> Expr? {
        let start = mark
        if let list = try list() { return list }
        if let tuple = try tuple() { return tuple }
        if try accept("("), let inner = try invalidAnnAssignTarget(), try accept(")") {
            return inner
        }
        mark = start
        return nil
    }

    // invalid_import
    mutating func invalidImport() throws {
        let start = mark
        if let importToken = try expect("import"), try dottedName() != nil {
            while true {
                let before = mark
                guard try accept(","), try dottedName() != nil else {
                    mark = before
                    break
                }
            }
            if try accept("from"), try dottedName() != nil {
                throw errorStartingFrom(importToken.range, "Did you mean to use 'from ... import ...' instead?")
            }
        }
        mark = start
        if try accept("import"), let newline = try expect(.newline) {
            throw errorStartingFrom(newline.range, "Expected one or more names after 'import'")
        }
        mark = start
    }

    // invalid_import_from_targets
    mutating func invalidImportFromTargets() throws {
        let start = mark
        if try importFromAsNames() != nil, try accept(","), try accept(.newline) {
            throw errorAtLastToken("trailing comma not allowed without surrounding parentheses")
        }
        mark = start
        if let newline = try expect(.newline) {
            throw errorStartingFrom(newline.range, "Expected one or more names after 'import'")
        }
        mark = start
    }

    // invalid_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    mutating func invalidDefRaw() throws {
        _ = try expect("async")
        guard let defToken = try expect("def"), try name() != nil else { return }
        _ = try typeParameters()
        guard try accept("(") else { return }
        _ = try params()
        guard try accept(")") else { return }
        _ = try returnAnnotation()
        if try accept(":"), try missingIndentedBlock() {
            throw errorAtLastToken(.indentation, "expected an indented block after function definition on line \(defToken.line)")
        }
    }

    // invalid_class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] (NEWLINE | ':' NEWLINE !INDENT)
    mutating func invalidClassDefRaw() throws {
        guard let classToken = try expect("class"), try name() != nil else { return }
        _ = try typeParameters()
        _ = try classArguments()
        let afterHeader = mark
        if try checkKind(.newline) {
            throw errorAtLastToken("expected ':'")
        }
        mark = afterHeader
        if try accept(":"), try missingIndentedBlock() {
            throw errorAtLastToken(.indentation, "expected an indented block after class definition on line \(classToken.line)")
        }
    }

    // invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
    //   KEYWORD named_expression NEWLINE | KEYWORD named_expression ':' NEWLINE !INDENT
    mutating func invalidConditional(keyword: String) throws {
        let start = mark
        if try expect(keyword) != nil, try namedExpression() != nil, try checkKind(.newline) {
            throw errorAtLastToken("expected ':'")
        }
        mark = start
        if let keywordToken = try expect(keyword), let test = try namedExpression(), try accept(":"),
           try missingIndentedBlock() {
            // CPython reports the condition's line for `if`, the keyword's otherwise.
            let line = keyword == "if" ? test.range.line : keywordToken.line
            throw errorAtLastToken(.indentation, "expected an indented block after '\(keyword)' statement on line \(line)")
        }
        mark = start
    }

    // invalid_for_stmt
    mutating func invalidForStatement() throws {
        let start = mark
        _ = try expect("async")
        if try accept("for"), try starTargets() != nil, try accept("in"),
           try starExpressions() != nil, try checkKind(.newline) {
            throw errorAtLastToken("expected ':'")
        }
        mark = start
        _ = try expect("async")
        if let forToken = try expect("for"), try starTargets() != nil, try accept("in"),
           try starExpressions() != nil, try accept(":"), try missingIndentedBlock() {
            throw errorAtLastToken(.indentation, "expected an indented block after 'for' statement on line \(forToken.line)")
        }
        mark = start
    }

    // invalid_for_target: 'async'? 'for' star_expressions
    mutating func invalidForTarget() throws {
        let start = mark
        _ = try expect("async")
        if try accept("for"), let target = try starExpressions(),
           let error = invalidTargetError(.forLoop, target) {
            throw error
        }
        mark = start
    }

    /// ','.(expression ['as' star_target])+, or with `expressions` in the
    /// parenthesized form.
    mutating func looseWithItems(parenthesized: Bool) throws -> Bool {
        guard try looseWithItem(parenthesized: parenthesized) else { return false }
        while true {
            let before = mark
            guard try accept(","), try looseWithItem(parenthesized: parenthesized) else {
                mark = before
                break
            }
        }
        return true
    }

    mutating func looseWithItem(parenthesized: Bool) throws -> Bool {
        let item = try parenthesized ? expressions() : expression()
        guard item != nil else { return false }
        let afterItem = mark
        if try accept("as"), try starTarget() == nil { mark = afterItem }
        return true
    }

    // invalid_with_stmt_indent
    mutating func invalidWithStatementIndent() throws {
        let start = mark
        _ = try expect("async")
        if let withToken = try expect("with"), try looseWithItems(parenthesized: false), try accept(":"),
           try missingIndentedBlock() {
            throw errorAtLastToken(.indentation, "expected an indented block after 'with' statement on line \(withToken.line)")
        }
        mark = start
        _ = try expect("async")
        if let withToken = try expect("with"), try accept("("), try looseWithItems(parenthesized: true) {
            _ = try expect(",")
            if try accept(")"), try accept(":"), try missingIndentedBlock() {
                throw errorAtLastToken(.indentation, "expected an indented block after 'with' statement on line \(withToken.line)")
            }
        }
        mark = start
    }

    // invalid_with_stmt: ['async'] 'with' items NEWLINE | ['async'] 'with' '(' items ','? ')' NEWLINE
    mutating func invalidWithStatement() throws {
        let start = mark
        _ = try expect("async")
        if try accept("with"), try looseWithItems(parenthesized: false), try checkKind(.newline) {
            throw errorAtLastToken("expected ':'")
        }
        mark = start
        _ = try expect("async")
        if try accept("with"), try accept("("), try looseWithItems(parenthesized: true) {
            _ = try expect(",")
            if try accept(")"), try checkKind(.newline) {
                throw errorAtLastToken("expected ':'")
            }
        }
        mark = start
    }

    // invalid_try_stmt
    mutating func invalidTryStatement() throws {
        let start = mark
        if let tryToken = try expect("try"), try accept(":"), try missingIndentedBlock() {
            throw errorAtLastToken(.indentation, "expected an indented block after 'try' statement on line \(tryToken.line)")
        }
        mark = start
        if try accept("try"), try accept(":"), try block() != nil,
           try !check("except") && !check("finally") {
            throw errorAtLastToken("expected 'except' or 'finally' block")
        }
        mark = start
        for star in [false, true] {
            mark = start
            guard try accept("try"), try accept(":") else { break }
            while try block() != nil {}
            var handlers = 0
            while try exceptBlock(star: star) != nil { handlers += 1 }
            guard handlers > 0, let exceptToken = try expect("except") else { continue }
            if !star {
                if let starToken = try expect("*"), try expression() != nil {
                    _ = try optionalAsName()
                    if try accept(":") {
                        throw errorKnownRange(exceptToken.range, starToken.range,
                                              "cannot have both 'except' and 'except*' on the same 'try'")
                    }
                }
            } else {
                let afterExcept = mark
                if try expression() != nil {
                    _ = try optionalAsName()
                } else {
                    mark = afterExcept
                }
                if try accept(":") {
                    throw errorKnownLocation(exceptToken, "cannot have both 'except' and 'except*' on the same 'try'")
                }
            }
        }
        mark = start
    }

    // invalid_except_stmt_indent / invalid_except_star_stmt_indent
    mutating func invalidExceptIndent(star: Bool) throws {
        let start = mark
        guard let exceptToken = try expect("except") else { return }
        let label = star ? "except*" : "except"
        if star {
            guard try accept("*") else { return }
        }
        let afterKeyword = mark
        if try expression() != nil {
            _ = try optionalAsName()
            if try accept(":"), try missingIndentedBlock() {
                throw errorAtLastToken(.indentation, "expected an indented block after '\(label)' statement on line \(exceptToken.line)")
            }
        }
        mark = afterKeyword
        if !star, try accept(":"), try missingIndentedBlock() {
            throw errorAtLastToken(.indentation, "expected an indented block after 'except' statement on line \(exceptToken.line)")
        }
        mark = start
    }

    // invalid_except_stmt
    mutating func invalidExceptStatement(star: Bool) throws {
        let start = mark
        // 'except' '*'? expression ',' expressions ['as' NAME] ':'
        if try accept("except") {
            _ = try expect("*")
            if let first = try expression(), try accept(","), try expressions() != nil {
                _ = try optionalAsName()
                if try accept(":") {
                    throw errorStartingFrom(first.range, "multiple exception types must be parenthesized")
                }
            }
        }
        mark = start
        // 'except' '*'? expression ['as' NAME] NEWLINE
        if try accept("except") {
            _ = try expect("*")
            if try expression() != nil {
                _ = try optionalAsName()
                if try checkKind(.newline) { throw errorAtLastToken("expected ':'") }
            }
        }
        mark = start
        // 'except' NEWLINE
        if try accept("except"), try checkKind(.newline) {
            throw errorAtLastToken("expected ':'")
        }
        mark = start
        // 'except' '*' (NEWLINE | ':')
        if try accept("except"), try accept("*"), try checkKind(.newline) || check(":") {
            throw errorAtLastToken("expected one or more exception types")
        }
        mark = start
    }
}
