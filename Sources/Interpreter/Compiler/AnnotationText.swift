// `from __future__ import annotations` (PEP 563): annotations are not
// evaluated but kept as strings, the expression's text as CPython's
// ast_unparse.c writes it back from the tree (so `x: "int"` becomes "'int'"
// and spacing is normalised): operands get parentheses only where their
// precedence needs them.

extension Compiler {
    /// Emits an annotation's value: the expression, or its text under PEP 563.
    func compileAnnotation(_ e: Expr) throws {
        // The string is loaded on the annotation's own line (CPython's annexpr).
        if futureAnnotations { withLocation(e.range) { loadConst(.str(AnnotationText.unparse(e))) }; return }
        if case .starred(let inner) = e.kind {
            // `*args: *Ts`: CPython evaluates Ts and unpacks its one item.
            try compileExpr(inner)
            emit(.unpackSequence, 1)
            return
        }
        try compileExpr(e)
    }
}

enum AnnotationText {
    // ast_unparse.c's precedence levels, lowest first.
    enum Level: Int, Comparable {
        case tuple, test, or, and, not, cmp, bor, bxor, band, shift, arith, term, factor, power, await, atom
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        var next: Level { Level(rawValue: rawValue + 1) ?? .atom }
    }

    static func unparse(_ e: Expr) -> String { text(e, .test) }

    static func binLevel(_ op: BinaryOperator) -> Level {
        switch op {
        case .add, .sub: return .arith
        case .mult, .matMult, .div, .floorDiv, .mod: return .term
        case .pow: return .power
        case .lShift, .rShift: return .shift
        case .bitOr: return .bor
        case .bitXor: return .bxor
        case .bitAnd: return .band
        }
    }

    static func wrap(_ s: String, _ own: Level, _ needed: Level) -> String { needed > own ? "(\(s))" : s }

    static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "..."
        case .int(let i): return String(i)
        case .bigInt(let digits): return digits
        case .float(let d): return d.isInfinite ? "1e309" : pyFloatRepr(d)
        case .imaginary(let d): return (d.isInfinite ? "1e309" : pyFloatRepr(d)) + "j"
        case .string(let s): return pyStringRepr(s)
        case .bytes(let b): return pyBytesRepr(b)
        }
    }

    /// A lambda's parameter list as ast_unparse writes it (`a, b=1, *c, d, **e`).
    static func parameters(_ a: Arguments) -> String {
        var parts: [String] = []
        let positional = a.posonly + a.args
        let firstDefault = positional.count - a.defaults.count
        for (i, p) in positional.enumerated() {
            parts.append(i >= firstDefault ? "\(p.name)=\(text(a.defaults[i - firstDefault], .test))" : p.name)
            if i == a.posonly.count - 1 { parts.append("/") }
        }
        if let v = a.vararg { parts.append("*" + v.name) } else if !a.kwonly.isEmpty { parts.append("*") }
        for (i, p) in a.kwonly.enumerated() {
            if i < a.kwDefaults.count, let d = a.kwDefaults[i] { parts.append("\(p.name)=\(text(d, .test))") } else { parts.append(p.name) }
        }
        if let k = a.kwarg { parts.append("**" + k.name) }
        return parts.joined(separator: ", ")
    }

    static func items(_ es: [Expr]) -> String { es.map { text($0, .test) }.joined(separator: ", ") }

    static func text(_ e: Expr, _ level: Level) -> String {
        switch e.kind {
        case .name(let n): return n
        case .constant(let c): return constant(c)
        case .attribute(let v, let attr):
            // `1 .real`: an int literal needs a space before the dot.
            if case .constant(.int) = v.kind { return "\(text(v, .atom)) .\(attr)" }
            return "\(text(v, .atom)).\(attr)"
        case .subscript(let v, let index):
            let inner: String
            if case .tuple(let es) = index.kind, !es.isEmpty {
                inner = es.count == 1 ? text(es[0], .test) + "," : items(es)
            } else {
                inner = text(index, .tuple)
            }
            return "\(text(v, .atom))[\(inner)]"
        case .tuple(let es):
            if es.isEmpty { return "()" }
            let body = es.count == 1 ? text(es[0], .test) + "," : items(es)
            return wrap(body, .tuple, level)
        case .list(let es): return "[\(items(es))]"
        case .set(let es): return "{\(items(es))}"
        case .dict(let keys, let values):
            let parts = zip(keys, values).map { k, v in k.map { "\(text($0, .test)): \(text(v, .test))" } ?? "**\(text(v, .bor))" }
            return "{\(parts.joined(separator: ", "))}"
        case .starred(let v): return "*" + text(v, .bor)
        case .slice(let lo, let hi, let step):
            var s = (lo.map { text($0, .test) } ?? "") + ":" + (hi.map { text($0, .test) } ?? "")
            if let st = step { s += ":" + text(st, .test) }
            return s
        case .call(let f, let args, let keywords):
            var parts = args.map { text($0, .test) }
            for k in keywords {
                parts.append(k.name.map { "\($0)=\(text(k.value, .test))" } ?? "**\(text(k.value, .test))")
            }
            return "\(text(f, .atom))(\(parts.joined(separator: ", ")))"
        case .binOp(let l, let op, let r):
            let own = binLevel(op)
            // ** binds to the right; the others to the left.
            let (ll, rl) = op == .pow ? (own.next, own) : (own, own.next)
            return wrap("\(text(l, ll)) \(op.rawValue) \(text(r, rl))", own, level)
        case .unaryOp(let op, let v):
            if op == .not { return wrap("not \(text(v, .not))", .not, level) }
            return wrap(op.rawValue + text(v, .factor), .factor, level)
        case .boolOp(let op, let vs):
            let own: Level = op == .and ? .and : .or
            return wrap(vs.map { text($0, own.next) }.joined(separator: " \(op.rawValue) "), own, level)
        case .compare(let l, let ops, let rs):
            var s = text(l, Level.cmp.next)
            for (op, r) in zip(ops, rs) { s += " \(op.rawValue) \(text(r, Level.cmp.next))" }
            return wrap(s, .cmp, level)
        case .ifExp(let test, let body, let orelse):
            return wrap("\(text(body, Level.test.next)) if \(text(test, Level.test.next)) else \(text(orelse, .test))", .test, level)
        case .namedExpr(let target, let v): return wrap("\(target) := \(text(v, .atom))", .tuple, level)
        case .lambda(let l):
            let params = parameters(l.args)
            return wrap("lambda\(params.isEmpty ? "" : " " + params): \(text(l.body, .test))", .test, level)
        case .yield, .yieldFrom: return "(yield)"
        case .joinedStr, .formattedValue: return "f'...'"
        case .listComp, .setComp, .dictComp, .generatorExp: return "(...)"
        default: return "..."  // await and any newer kinds
        }
    }
}
