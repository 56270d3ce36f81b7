// Simple statements: the file, statement lists, assignments, and the
// keyword-led one-liners (return, raise, del, import, global ...).

extension PEGParser {
    // file: [statements] ENDMARKER
    mutating func file() throws -> [Stmt]? {
        let body = try statements() ?? []
        guard try accept(.endMarker) else { return nil }
        return body
    }

    // statements: statement+
    mutating func statements() throws -> [Stmt]? {
        var result: [Stmt] = []
        while let next = try statement() {
            result.append(contentsOf: next)
        }
        return result.isEmpty ? nil : result
    }

    // statement: compound_stmt | simple_stmts
    mutating func statement() throws -> [Stmt]? {
        if let compound = try compoundStatement() { return [compound] }
        return try simpleStatements()
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    mutating func simpleStatements() throws -> [Stmt]? {
        let start = mark
        if let single = try simpleStatement(), try !check(";"), try accept(.newline) {
            return [single]
        }
        mark = start
        guard let first = try simpleStatement() else {
            mark = start
            return nil
        }
        var result = [first]
        while true {
            let before = mark
            guard try accept(";"), let next = try simpleStatement() else {
                mark = before
                break
            }
            result.append(next)
        }
        _ = try expect(";")
        guard try accept(.newline) else {
            mark = start
            return nil
        }
        return result
    }

    // simple_stmt (memo)
    mutating func simpleStatement() throws -> Stmt? {
        let key = mark
        if let entry = simpleStmtMemo[key] {
            mark = entry.end
            return entry.value
        }
        let result = try simpleStatementUncached()
        simpleStmtMemo[key] = MemoEntry(value: result, end: mark)
        return result
    }

    mutating func simpleStatementUncached() throws -> Stmt? {
        let start = mark
        if let assign = try assignment() { return assign }
        mark = start
        let first = try peek()
        if first.kind == .name && first.text == "type", let alias = try typeAlias() { return alias }
        mark = start
        if let value = try starExpressions() {
            return Stmt(.expr(value), range(from: start))
        }
        mark = start
        guard first.kind == .keyword else { return nil }
        let result: Stmt?
        switch first.text {
        case "return": result = try returnStatement()
        case "import", "from": result = try importStatement()
        case "raise": result = try raiseStatement()
        case "pass":
            mark += 1
            result = Stmt(.pass, first.range)
        case "del": result = try delStatement()
        case "yield": result = try yieldStatement()
        case "assert": result = try assertStatement()
        case "break":
            mark += 1
            result = Stmt(.break, first.range)
        case "continue":
            mark += 1
            result = Stmt(.continue, first.range)
        case "global", "nonlocal": result = try globalOrNonlocal()
        default: result = nil
        }
        if result == nil { mark = start }
        return result
    }

    // MARK: - Assignment

    mutating func assignment() throws -> Stmt? {
        let start = mark
        // NAME ':' expression ['=' annotated_rhs]
        if let target = try name(), try accept(":"), let annotation = try expression() {
            let value = try optionalAssignedValue()
            return Stmt(.annAssign(target: Expr(.name(target.text), target.range), annotation: annotation,
                                   value: value, simple: true), range(from: start))
        }
        mark = start
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        if let target = try annotationTarget(), try accept(":"), let annotation = try expression() {
            let value = try optionalAssignedValue()
            return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: false),
                        range(from: start))
        }
        mark = start
        // (star_targets '=')+ (yield_expr | star_expressions) !'='
        var targets: [Expr] = []
        while true {
            let before = mark
            guard let target = try starTargets(), try accept("=") else {
                mark = before
                break
            }
            targets.append(target)
        }
        if !targets.isEmpty, let value = try annotatedRhs(), try !check("=") {
            return Stmt(.assign(targets: targets, value: value), range(from: start))
        }
        mark = start
        // single_target augassign ~ (yield_expr | star_expressions)
        if let target = try singleTarget(), let op = try augmentedOperator() {
            guard let value = try annotatedRhs() else {
                mark = start
                return nil  // the cut: no other alternative is tried
            }
            return Stmt(.augAssign(target: target, op: op, value: value), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidAssignment()
            mark = start
        }
        return nil
    }

    /// ['=' annotated_rhs]
    mutating func optionalAssignedValue() throws -> Expr? {
        let before = mark
        if try accept("="), let value = try annotatedRhs() { return value }
        mark = before
        return nil
    }

    /// '(' single_target ')' | single_subscript_attribute_target
    mutating func annotationTarget() throws -> Expr? {
        let start = mark
        if try accept("("), let target = try singleTarget(), try accept(")") {
            return target
        }
        mark = start
        return try singleSubscriptAttributeTarget()
    }

    // annotated_rhs: yield_expr | star_expressions
    mutating func annotatedRhs() throws -> Expr? {
        if let value = try yieldExpression() { return value }
        return try starExpressions()
    }

    mutating func augmentedOperator() throws -> BinaryOperator? {
        let token = try peek()
        guard token.kind == .op else { return nil }
        let op: BinaryOperator
        switch token.text {
        case "+=": op = .add
        case "-=": op = .sub
        case "*=": op = .mult
        case "@=": op = .matMult
        case "/=": op = .div
        case "%=": op = .mod
        case "&=": op = .bitAnd
        case "|=": op = .bitOr
        case "^=": op = .bitXor
        case "<<=": op = .lShift
        case ">>=": op = .rShift
        case "**=": op = .pow
        case "//=": op = .floorDiv
        default: return nil
        }
        mark += 1
        return op
    }

    // MARK: - Keyword statements

    // return_stmt: 'return' [star_expressions]
    mutating func returnStatement() throws -> Stmt? {
        let start = mark
        guard try accept("return") else { return nil }
        let value = try starExpressions()
        return Stmt(.return(value), range(from: start))
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    mutating func raiseStatement() throws -> Stmt? {
        let start = mark
        guard try accept("raise") else { return nil }
        let afterKeyword = mark
        if let exc = try expression() {
            let before = mark
            var cause: Expr? = nil
            if try accept("from") {
                cause = try expression()
                if cause == nil { mark = before }
            }
            return Stmt(.raise(exc: exc, cause: cause), range(from: start))
        }
        mark = afterKeyword
        return Stmt(.raise(exc: nil, cause: nil), range(from: start))
    }

    // global_stmt / nonlocal_stmt: 'global' ','.NAME+
    mutating func globalOrNonlocal() throws -> Stmt? {
        let start = mark
        guard let keyword = try expect(.keyword) else { return nil }
        guard let first = try name() else {
            mark = start
            return nil
        }
        var names = [first.text]
        while true {
            let before = mark
            guard try accept(","), let next = try name() else {
                mark = before
                break
            }
            names.append(next.text)
        }
        let kind: StmtKind = keyword.text == "global" ? .global(names) : .nonlocal(names)
        return Stmt(kind, range(from: start))
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    mutating func delStatement() throws -> Stmt? {
        let start = mark
        guard try accept("del") else { return nil }
        if let targets = try delTargets(), try check(";") || checkKind(.newline) {
            return Stmt(.delete(targets), range(from: start))
        }
        mark = start
        if callInvalidRules {
            // invalid_del_stmt: 'del' star_expressions
            mark = start + 1
            if let value = try starExpressions(), let error = invalidTargetError(.del, value) {
                throw error
            }
            mark = start
        }
        return nil
    }

    // yield_stmt: yield_expr
    mutating func yieldStatement() throws -> Stmt? {
        let start = mark
        guard let value = try yieldExpression() else { return nil }
        return Stmt(.expr(value), range(from: start))
    }

    // assert_stmt: 'assert' expression [',' expression]
    mutating func assertStatement() throws -> Stmt? {
        let start = mark
        guard try accept("assert"), let test = try expression() else {
            mark = start
            return nil
        }
        let before = mark
        var message: Expr? = nil
        if try accept(",") {
            message = try expression()
            if message == nil { mark = before }
        }
        return Stmt(.assert(test: test, msg: message), range(from: start))
    }

    // type_alias: "type" NAME [type_params] '=' expression
    // Made `NAME = <TypeAliasType>("NAME", lambda: value)`, the value a
    // function named NAME evaluated when __value__ is asked. With type
    // parameters, CPython runs that in an annotation scope that makes the
    // TypeVars first; here a function named `<generic parameters of NAME>`:
    // `NAME = (lambda: <TypeAliasType>("NAME", lambda: value, (T := <TypeVar>("T"), ...)))()`
    // (Compiler+TypeParams.swift).
    mutating func typeAlias() throws -> Stmt? {
        let start = mark
        guard let keyword = try expectSoftKeyword("type"), let nameToken = try name() else {
            mark = start
            return nil
        }
        let params = try typeParameters() ?? []
        guard try accept("="), let value = try expression() else {
            mark = start
            return nil
        }
        let r = range(from: start)
        var lambda = Lambda(scopeID: -scopeMarker(keyword), args: Arguments(), body: value)
        lambda.name = nameToken.text
        var aliasArgs = [Expr(.constant(.string(nameToken.text)), r), Expr(.lambda(lambda), r)]
        if !params.isEmpty {
            let made = params.map { p in
                Expr(.namedExpr(target: p.name, value: Expr(.call(func: Expr(.name(TypeParamIntrinsic.typeVar), p.range),
                     args: [Expr(.constant(.string(p.name)), p.range),
                            Expr(.constant(.int(p.kind == .typeVar ? 0 : p.kind == .typeVarTuple ? 1 : 2)), p.range)],
                     keywords: []), p.range)), p.range)
            }
            aliasArgs.append(Expr(.tuple(made), r))
        }
        var call = Expr(.call(func: Expr(.name(TypeParamIntrinsic.typeAlias), r), args: aliasArgs, keywords: []), r)
        if !params.isEmpty {
            var scope = Lambda(scopeID: -scopeMarker(nameToken), args: Arguments(), body: call)
            scope.name = "<generic parameters of \(nameToken.text)>"
            call = Expr(.call(func: Expr(.lambda(scope), r), args: [], keywords: []), r)
        }
        return Stmt(.assign(targets: [Expr(.name(nameToken.text), nameToken.range)], value: call), r)
    }

    // MARK: - Imports

    // import_stmt: invalid_import | import_name | import_from
    mutating func importStatement() throws -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidImport()
            mark = start
        }
        if let imported = try importName() { return imported }
        mark = start
        return try importFrom()
    }

    // import_name: 'import' dotted_as_names
    mutating func importName() throws -> Stmt? {
        let start = mark
        guard try accept("import"), let names = try dottedAsNames() else {
            mark = start
            return nil
        }
        return Stmt(.import(names), range(from: start))
    }

    mutating func dottedAsNames() throws -> [Alias]? {
        guard let first = try dottedAsName() else { return nil }
        var names = [first]
        while true {
            let before = mark
            guard try accept(","), let next = try dottedAsName() else {
                mark = before
                break
            }
            names.append(next)
        }
        return names
    }

    // dotted_as_name: dotted_name ['as' NAME]
    mutating func dottedAsName() throws -> Alias? {
        let start = mark
        guard let dotted = try dottedName() else { return nil }
        let asName = try optionalAsName()
        return Alias(name: dotted, asName: asName, range: range(from: start))
    }

    /// ['as' NAME]
    mutating func optionalAsName() throws -> String? {
        let before = mark
        if try accept("as"), let alias = try name() { return alias.text }
        mark = before
        return nil
    }

    // dotted_name: dotted_name '.' NAME | NAME
    mutating func dottedName() throws -> String? {
        guard let first = try name() else { return nil }
        var parts = first.text
        while true {
            let before = mark
            guard try accept("."), let next = try name() else {
                mark = before
                break
            }
            parts += "." + next.text
        }
        return parts
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //            | 'from' ('.' | '...')+ 'import' import_from_targets
    mutating func importFrom() throws -> Stmt? {
        let start = mark
        guard try accept("from") else { return nil }
        var level = 0
        while true {
            if try accept(".") {
                level += 1
            } else if try accept("...") {
                level += 3
            } else {
                break
            }
        }
        let afterDots = mark
        if let module = try dottedName(), try accept("import"), let names = try importFromTargets() {
            return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
        }
        mark = afterDots
        if level > 0, try accept("import"), let names = try importFromTargets() {
            return Stmt(.importFrom(module: nil, names: names, level: level), range(from: start))
        }
        mark = start
        return nil
    }

    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !','
    //                    | '*' | invalid_import_from_targets
    mutating func importFromTargets() throws -> [Alias]? {
        let start = mark
        if try accept("("), let names = try importFromAsNames() {
            _ = try expect(",")
            if try accept(")") { return names }
        }
        mark = start
        if let names = try importFromAsNames(), try !check(",") { return names }
        mark = start
        if let star = try expect("*") {
            return [Alias(name: "*", asName: nil, range: star.range)]
        }
        if callInvalidRules {
            try invalidImportFromTargets()
            mark = start
        }
        return nil
    }

    mutating func importFromAsNames() throws -> [Alias]? {
        guard let first = try importFromAsName() else { return nil }
        var names = [first]
        while true {
            let before = mark
            guard try accept(","), let next = try importFromAsName() else {
                mark = before
                break
            }
            names.append(next)
        }
        return names
    }

    // import_from_as_name: NAME ['as' NAME]
    mutating func importFromAsName() throws -> Alias? {
        let start = mark
        guard let imported = try name() else { return nil }
        let asName = try optionalAsName()
        return Alias(name: imported.text, asName: asName, range: range(from: start))
    }
}
