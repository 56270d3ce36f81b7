// Function and class definitions: decorators, `def` and `class` headers,
// and type parameter lists (recognised only to report them unsupported).

extension PEGParser {
    // function_def: decorators function_def_raw | function_def_raw
    mutating func functionDef() throws -> Stmt? {
        let start = mark
        if let decorators = try decorators() {
            if var def = try functionDefRaw() {
                if case .functionDef(var function) = def.kind {
                    function.decorators = decorators
                    def.kind = .functionDef(function)
                }
                return def
            }
            mark = start
            return nil
        }
        return try functionDefRaw()
    }

    // function_def_raw: invalid_def_raw
    //   | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
    mutating func functionDefRaw() throws -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidDefRaw()
            mark = start
        }
        let asyncToken = try expect("async")
        guard let defToken = try expect("def"), let nameToken = try name() else {
            mark = start
            return nil
        }
        if try typeParameters() != nil { noteUnsupported("type parameters are", at: nameToken) }
        _ = try expectForced("(")
        let parameters = try params() ?? .empty
        guard try accept(")") else {
            mark = start
            return nil
        }
        let returns = try returnAnnotation()
        _ = try expectForced(":")
        guard let body = try block() else {
            mark = start
            return nil
        }
        if let asyncToken { noteUnsupported("'async def' is", at: asyncToken) }
        let function = FunctionDef(scopeID: scopeMarker(defToken), name: nameToken.text, args: parameters,
                                   body: body, decorators: [], returns: returns, defLine: defToken.line)
        return Stmt(.functionDef(function), range(from: start))
    }

    /// ['->' expression]
    mutating func returnAnnotation() throws -> Expr? {
        let before = mark
        if try accept("->"), let annotation = try expression() { return annotation }
        mark = before
        return nil
    }

    // class_def: decorators class_def_raw | class_def_raw
    mutating func classDef() throws -> Stmt? {
        let start = mark
        if let decorators = try decorators() {
            if var def = try classDefRaw() {
                if case .classDef(var cls) = def.kind {
                    cls.decorators = decorators
                    def.kind = .classDef(cls)
                }
                return def
            }
            mark = start
            return nil
        }
        return try classDefRaw()
    }

    // class_def_raw: invalid_class_def_raw
    //   | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    mutating func classDefRaw() throws -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidClassDefRaw()
            mark = start
        }
        guard let classToken = try expect("class"), let nameToken = try name() else {
            mark = start
            return nil
        }
        if try typeParameters() != nil { noteUnsupported("type parameters are", at: nameToken) }
        let bases = try classArguments()
        guard try accept(":"), let body = try block() else {
            mark = start
            return nil
        }
        let cls = ClassDef(scopeID: scopeMarker(classToken), name: nameToken.text, bases: bases?.args ?? [],
                           keywords: bases?.keywords ?? [], body: body, decorators: [], defLine: classToken.line)
        return Stmt(.classDef(cls), range(from: start))
    }

    /// ['(' [arguments] ')']
    mutating func classArguments() throws -> CallArguments? {
        let before = mark
        if try accept("(") {
            let arguments = try self.arguments() ?? CallArguments()
            if try accept(")") { return arguments }
        }
        mark = before
        return nil
    }

    // type_params: invalid_type_params | '[' type_param_seq ']' (parsed to report them)
    mutating func typeParameters() throws -> Bool? {
        let start = mark
        guard try accept("[") else { return nil }
        if callInvalidRules, let close = try expect("]") {
            throw errorStartingFrom(close.range, "Type parameter list cannot be empty")
        }
        mark = start + 1
        var count = 0
        while true {
            let before = mark
            guard try typeParameter() else {
                mark = before
                break
            }
            count += 1
            if try expect(",") == nil { break }
        }
        guard count > 0, try accept("]") else {
            mark = start
            return nil
        }
        return true
    }

    // type_param: NAME [':' expression] ['=' expression] | '*' NAME ['=' star_expression]
    //           | '**' NAME ['=' expression]
    mutating func typeParameter() throws -> Bool {
        let start = mark
        if try name() != nil {
            let afterName = mark
            if try accept(":"), try expression() == nil { mark = afterName }
            let afterBound = mark
            if try accept("="), try expression() == nil { mark = afterBound }
            return true
        }
        if try accept("*"), try name() != nil {
            let after = mark
            if try accept("="), try starExpression() == nil { mark = after }
            return true
        }
        mark = start
        if try accept("**"), try name() != nil {
            let after = mark
            if try accept("="), try expression() == nil { mark = after }
            return true
        }
        mark = start
        return false
    }
}
