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
        let typeParams = try typeParameters() ?? []
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
        var function = FunctionDef(scopeID: scopeMarker(defToken), name: nameToken.text, args: parameters,
                                   body: body, decorators: [], returns: returns, defLine: defToken.line)
        function.isAsync = asyncToken != nil
        function.typeParams = typeParams
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
        let typeParams = try typeParameters() ?? []
        let bases = try classArguments()
        guard try accept(":"), let body = try block() else {
            mark = start
            return nil
        }
        var cls = ClassDef(scopeID: scopeMarker(classToken), name: nameToken.text, bases: bases?.args ?? [],
                           keywords: bases?.keywords ?? [], body: body, decorators: [], defLine: classToken.line)
        cls.typeParams = typeParams
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

    // type_params: invalid_type_params | '[' type_param_seq ']'
    mutating func typeParameters() throws -> [TypeParam]? {
        let start = mark
        guard try accept("[") else { return nil }
        if callInvalidRules, let close = try expect("]") {
            throw errorStartingFrom(close.range, "Type parameter list cannot be empty")
        }
        mark = start + 1
        var params: [TypeParam] = []
        while true {
            let before = mark
            guard let p = try typeParameter() else {
                mark = before
                break
            }
            params.append(p)
            if try expect(",") == nil { break }
        }
        guard !params.isEmpty, try accept("]") else {
            mark = start
            return nil
        }
        return params
    }

    // type_param: NAME [':' expression] ['=' expression] | '*' NAME ['=' star_expression]
    //           | '**' NAME ['=' expression]
    mutating func typeParameter() throws -> TypeParam? {
        let start = mark
        if let n = try name() {
            let afterName = mark
            var bound: Expr? = nil
            if try accept(":") {
                bound = try expression()
                if bound == nil { mark = afterName }
            }
            let afterBound = mark
            if try accept("="), try expression() == nil { mark = afterBound }
            return TypeParam(name: n.text, kind: .typeVar, bound: bound, range: range(from: start))
        }
        if try accept("*"), let n = try name() {
            let after = mark
            if try accept("="), try starExpression() == nil { mark = after }
            return TypeParam(name: n.text, kind: .typeVarTuple, bound: nil, range: range(from: start))
        }
        mark = start
        if try accept("**"), let n = try name() {
            let after = mark
            if try accept("="), try expression() == nil { mark = after }
            return TypeParam(name: n.text, kind: .paramSpec, bound: nil, range: range(from: start))
        }
        mark = start
        return nil
    }
}
