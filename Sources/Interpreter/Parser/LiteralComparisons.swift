// The SyntaxWarning CPython's compiler gives for `is` / `is not` against a
// literal (check_compare in compile.c): `x is 5` works by accident of
// caching, so CPython suggests ==. An operand counts as a literal when the
// AST optimizer folds it to a constant other than None/True/False/...:
// numbers, strings, bytes, constant tuples and arithmetic on them (2 ** 2).

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
        switch s.kind {
        case .expr(let x): e(x)
        case .assign(let ts, let v): ts.forEach(e); e(v)
        case .augAssign(let t, _, let v): e(t); e(v)
        case .annAssign(let t, let a, let v, _): e(t); e(a); e(v)
        case .delete(let ts): ts.forEach(e)
        case .return(let v): e(v)
        case .if(let t, let body, let orelse), .while(let t, let body, let orelse): e(t); b(body); b(orelse)
        case .for(let t, let it, let body, let orelse): e(t); e(it); b(body); b(orelse)
        case .functionDef(let f): f.decorators.forEach(e); args(f.args); e(f.returns); b(f.body)
        case .classDef(let c): c.decorators.forEach(e); c.bases.forEach(e); c.keywords.forEach { e($0.value) }; b(c.body)
        case .try(let body, let hs, let orelse, let fin): b(body); for h in hs { e(h.type); b(h.body) }; b(orelse); b(fin)
        case .raise(let x, let c): e(x); e(c)
        case .assert(let t, let m): e(t); e(m)
        case .with(let items, let body): for i in items { e(i.contextExpr); e(i.optionalVars) }; b(body)
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
        case .subscript(let a, let i): e(a); e(i)
        case .slice(let l, let u, let s): e(l); e(u); e(s)
        case .call(let f, let a, let kw): e(f); a.forEach(e); kw.forEach { e($0.value) }
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

    /// The type name of the constant `x` folds to, when it is a literal that
    /// check_is_arg rejects (not None, True, False or ...); nil otherwise.
    static func literalType(_ x: Expr) -> String? {
        guard let t = foldedType(x) else { return nil }
        return ["NoneType", "bool", "ellipsis"].contains(t) ? nil : t
    }

    /// The type of the constant CPython's AST optimizer makes of `x`, or nil
    /// when it leaves `x` alone.
    private static func foldedType(_ x: Expr) -> String? {
        switch x.kind {
        case .constant(let c):
            switch c {
            case .none: return "NoneType"
            case .true, .false: return "bool"
            case .ellipsis: return "ellipsis"
            case .int, .bigInt: return "int"
            case .float: return "float"
            case .imaginary: return "complex"
            case .string: return "str"
            case .bytes: return "bytes"
            }
        case .tuple(let xs):
            return xs.allSatisfy({ foldedType($0) != nil }) ? "tuple" : nil
        case .unaryOp(let op, let v):
            guard let t = foldedType(v) else { return nil }
            if op == .not { return "bool" }
            let numeric = ["int", "bool", "float", "complex"]
            guard numeric.contains(t), !(op == .invert && t != "int" && t != "bool") else { return nil }
            return t == "bool" ? "int" : t
        case .binOp(let l, let op, let r):
            guard let a = foldedType(l), let b = foldedType(r) else { return nil }
            return binaryType(a, op, b, r)
        default:
            return nil
        }
    }

    /// The result type of folding `a op b`; nil when folding would fail
    /// (division by a zero literal, unsupported pairs) and the BinOp stays.
    private static func binaryType(_ a: String, _ op: BinaryOperator, _ b: String, _ right: Expr) -> String? {
        let rank = ["bool": 0, "int": 0, "float": 1, "complex": 2]
        if let ra = rank[a], let rb = rank[b] {
            if [.div, .floorDiv, .mod].contains(op), isZero(right) { return nil }
            let wider = max(ra, rb)
            switch op {
            case .div: return wider == 2 ? "complex" : "float"
            case .pow:
                if wider == 0, case .unaryOp(.uSub, _) = right.kind { return "float" }
                return ["int", "float", "complex"][wider]
            case .lShift, .rShift, .bitOr, .bitXor, .bitAnd:
                guard wider == 0 else { return nil }
                return a == "bool" && b == "bool" && op != .lShift && op != .rShift ? "bool" : "int"
            case .matMult: return nil
            case .floorDiv, .mod: return wider == 2 ? nil : ["int", "float"][wider]
            default: return ["int", "float", "complex"][wider]
            }
        }
        let sequences = ["str", "bytes", "tuple"]
        if sequences.contains(a), a == b, op == .add { return a }
        if sequences.contains(a), rank[b] == 0, op == .mult { return a }
        if sequences.contains(b), rank[a] == 0, op == .mult { return b }
        return nil
    }

    private static func isZero(_ x: Expr) -> Bool {
        if case .constant(let c) = x.kind {
            switch c {
            case .int(let n): return n == 0
            case .float(let d), .imaginary(let d): return d == 0
            case .false: return true
            default: return false
            }
        }
        return false
    }
}
