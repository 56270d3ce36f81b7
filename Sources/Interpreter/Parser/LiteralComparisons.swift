// The SyntaxWarnings CPython's compiler gives for `is` / `is not` against a
// literal (check_compare in compile.c): `x is 5` works by accident of
// caching, so CPython suggests ==; and for a missing comma between two
// displays or literals (check_subscripter, check_index, check_caller):
// `[(1, 2) (3, 4)]` calls a tuple, `[1, 2] [0, 1]` indexes a list by a tuple. An operand counts as a literal when the
// AST optimizer folds it to a constant other than None/True/False/...:
// numbers, strings, bytes, constant tuples and arithmetic on them within
// the optimizer's limits (2 ** 2, not 2 ** 200).

enum LiteralComparisons {
    /// (line, message) per `is` comparison with a literal operand, in source order.
    static func warnings(_ body: [Stmt]) -> [(line: Int, message: String)] {
        var out: [(line: Int, message: String)] = []
        for s in body { visit(s, &out) }
        return out
    }

    private static func visit(_ s: Stmt, _ out: inout [(line: Int, message: String)]) {
        func e(_ x: Expr?) { if let x { visit(x, &out) } }
        func b(_ body: [Stmt]) { for t in body { visit(t, &out) } }
        func args(_ a: Arguments) {
            a.defaults.forEach(e); a.kwDefaults.forEach(e)
            for p in a.posonly + a.args + a.kwonly { e(p.annotation) }
            e(a.vararg?.annotation); e(a.kwarg?.annotation)
        }
        // Targets are stored, not loaded: no subscript check on the target itself.
        func t(_ x: Expr?) { if let x { visitTarget(x, &out) } }
        switch s.kind {
        case .expr(let x): e(x)
        case .assign(let ts, let v): e(v); ts.forEach(t)
        case .augAssign(let x, _, let v): t(x); e(v)
        case .annAssign(let x, let a, let v, _): e(v); t(x); e(a)
        case .delete(let ts): ts.forEach(t)
        case .return(let v): e(v)
        case .if(let t, let body, let orelse), .while(let t, let body, let orelse): e(t); b(body); b(orelse)
        case .for(let x, let it, let body, let orelse): e(it); t(x); b(body); b(orelse)
        case .functionDef(let f): f.decorators.forEach(e); args(f.args); e(f.returns); b(f.body)
        case .classDef(let c): c.decorators.forEach(e); c.bases.forEach(e); c.keywords.forEach { e($0.value) }; b(c.body)
        case .try(let body, let hs, let orelse, let fin): b(body); for h in hs { e(h.type); b(h.body) }; b(orelse); b(fin)
        case .raise(let x, let c): e(x); e(c)
        case .assert(let t, let m): e(t); e(m)
        case .with(let items, let body): for i in items { e(i.contextExpr); t(i.optionalVars) }; b(body)
        case .match(let subject, let cases): e(subject); for c in cases { e(c.guardExpr); b(c.body) }
        case .pass, .break, .continue, .global, .nonlocal, .import, .importFrom: break
        }
    }

    private static func visit(_ x: Expr, _ out: inout [(line: Int, message: String)]) {
        func e(_ y: Expr?) { if let y { visit(y, &out) } }
        func comp(_ c: Comprehension) {
            e(c.element); e(c.value)
            for g in c.generators { e(g.target); e(g.iter); g.ifs.forEach(e) }
        }
        switch x.kind {
        case .compare(let left, let ops, let rights):
            check(x, left, ops, rights, &out)
            e(left); rights.forEach(e)
        case .joinedStr(let parts): parts.forEach(e)
        case .formattedValue(let v, _, let spec): e(v); e(spec)
        case .tuple(let xs), .list(let xs), .set(let xs): xs.forEach(e)
        case .dict(let ks, let vs): ks.forEach(e); vs.forEach(e)
        case .starred(let v), .attribute(let v, _), .unaryOp(_, let v), .yieldFrom(let v), .await(let v): e(v)
        case .subscript(let a, let i):
            if Compiler.fold(x) == nil { checkSubscript(a, i, &out) }
            e(a); e(i)
        case .slice(let l, let u, let s): e(l); e(u); e(s)
        case .call(let f, let a, let kw):
            if case .attribute = f.kind {} else if let name = inferredType(f, callable: true) {
                out.append((f.range.line, "'\(name)' object is not callable; perhaps you missed a comma?"))
            }
            e(f); a.forEach(e); kw.forEach { e($0.value) }
        case .binOp(let l, _, let r): e(l); e(r)
        case .boolOp(_, let vs): vs.forEach(e)
        case .ifExp(let t, let body, let orelse): e(t); e(body); e(orelse)
        case .lambda(let l): l.args.defaults.forEach(e); l.args.kwDefaults.forEach(e); e(l.body)
        case .listComp(let c), .setComp(let c), .dictComp(let c), .generatorExp(let c): comp(c)
        case .yield(let v): e(v)
        case .namedExpr(_, let v): e(v)
        case .name, .constant: break
        }
    }

    /// A store or delete target: what it loads (the object and index of
    /// `a[i] = v`, the object of `a.x = v`) is checked, not the target.
    private static func visitTarget(_ x: Expr, _ out: inout [(line: Int, message: String)]) {
        switch x.kind {
        case .subscript(let a, let i): visit(a, &out); visit(i, &out)
        case .attribute(let v, _): visit(v, &out)
        case .tuple(let xs), .list(let xs): for y in xs { visitTarget(y, &out) }
        case .starred(let v): visitTarget(v, &out)
        case .name: break
        default: visit(x, &out)
        }
    }

    /// check_subscripter and check_index: `5[0]`, `{1}[0]`, `[1, 2][1, 2]`...
    private static func checkSubscript(_ value: Expr, _ index: Expr, _ out: inout [(line: Int, message: String)]) {
        if let name = inferredType(value, callable: false), ["NoneType", "ellipsis", "int", "bool", "float", "complex",
                                                             "set", "frozenset", "generator", "function"].contains(name) {
            out.append((value.range.line, "'\(name)' object is not subscriptable; perhaps you missed a comma?"))
            return
        }
        guard let indexType = inferredType(index, callable: false), !["int", "bool", "slice"].contains(indexType),
              let valueType = inferredType(value, callable: false), ["str", "bytes", "tuple", "list"].contains(valueType) else { return }
        switch value.kind {
        case _ where Compiler.fold(value) != nil: fallthrough
        case .tuple, .list, .listComp, .joinedStr, .formattedValue:
            out.append((value.range.line, "\(valueType) indices must be integers or slices, not \(indexType); perhaps you missed a comma?"))
        default: break
        }
    }

    /// compile.c's infer_type on the optimized AST: displays, comprehensions,
    /// lambdas, f-strings and constants (after folding); nil for the rest.
    /// (`callable`: check_caller's kinds, where a lambda is not flagged.)
    private static func inferredType(_ x: Expr, callable: Bool) -> String? {
        if let v = Compiler.fold(x) {
            switch v {
            case .int: return "int"
            case .float: return "float"
            case .bool: return "bool"
            case .none: return "NoneType"
            case .object(let o):
                switch o.kind {
                case .bigInt: return "int"
                case .str: return "str"
                case .bytes: return "bytes"
                case .tuple: return "tuple"
                case .complex: return "complex"
                default: return o === BuiltinTypes.ellipsis ? "ellipsis" : nil
                }
            }
        }
        switch x.kind {
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .lambda: return callable ? nil : "function"
        case .joinedStr, .formattedValue: return "str"
        case .slice: return "slice"
        default: return nil
        }
    }

    private static func check(_ x: Expr, _ left: Expr, _ ops: [CompareOperator], _ rights: [Expr],
                              _ out: inout [(line: Int, message: String)]) {
        var l = left
        for (op, r) in zip(ops, rights) {
            if op == .is || op == .isNot, let name = literalType(l) ?? literalType(r) {
                let text = op == .is ? "\"is\" with '\(name)' literal. Did you mean \"==\"?"
                                     : "\"is not\" with '\(name)' literal. Did you mean \"!=\"?"
                out.append((x.range.line, text))
                return
            }
            l = r
        }
    }

    /// The type name of the constant `x` folds to (ConstantFolding.swift),
    /// when it is a literal that check_is_arg rejects (not None, True, False
    /// or ...); nil otherwise.
    static func literalType(_ x: Expr) -> String? {
        guard let v = Compiler.fold(x) else { return nil }
        switch v {
        case .int: return "int"
        case .float: return "float"
        case .bool, .none: return nil
        case .object(let o):
            switch o.kind {
            case .bigInt: return "int"
            case .str: return "str"
            case .bytes: return "bytes"
            case .tuple: return "tuple"
            case .complex: return "complex"
            default: return nil
            }
        }
    }
}
