// Pass 1 of the symbol table (SymbolTableBuilder), expressions: names read,
// written and deleted, lambdas, yields, comprehensions and the walrus's
// binding in the enclosing scope (CPython's symtable_visit_expr).

extension SymbolTableBuilder {

    mutating func visitExpr(_ e: Expr, _ ctx: Ctx = .load) throws {
        switch e.kind {
        case .namedExpr(let target, let value):
            try raiseIfAnnotationBlock("named expression", e)
            try handleNamedExpr(e, target: target, value: value)

        case .boolOp(_, let values):
            for v in values { try visitExpr(v) }

        case .binOp(let l, _, let r):
            try visitExpr(l)
            try visitExpr(r)

        case .unaryOp(_, let operand):
            try visitExpr(operand)

        case .lambda(let lam):
            try visitDefaults(lam.args)
            enterBlock(lam.scopeID, .lambda, lam.name ?? "<lambda>", e.range, arguments: lam.args)
            try visitArguments(lam.args)
            try visitExpr(lam.body)
            exitBlock()

        case .ifExp(let test, let body, let orelse):
            try visitExpr(test)
            try visitExpr(body)
            try visitExpr(orelse)

        case .dict(let keys, let values):
            for case let k? in keys { try visitExpr(k) }
            for v in values { try visitExpr(v) }

        case .set(let elts):
            for x in elts { try visitExpr(x) }

        case .generatorExp(let c):
            try handleComprehension(e, c, .genExpr, "<genexpr>")
        case .listComp(let c):
            try handleComprehension(e, c, .listComp, "<listcomp>")
        case .setComp(let c):
            try handleComprehension(e, c, .setComp, "<setcomp>")
        case .dictComp(let c):
            try handleComprehension(e, c, .dictComp, "<dictcomp>")

        case .yield(let value):
            try raiseIfAnnotationBlock("yield expression", e)
            if let v = value { try visitExpr(v) }
            try noteYield(e)

        case .yieldFrom(let value):
            try raiseIfAnnotationBlock("yield expression", e)
            try visitExpr(value)
            try noteYield(e)

        case .await(let value):
            try raiseIfAnnotationBlock("await expression", e)
            try visitExpr(value)
            // An await in a generator expression makes it an async one.
            if cur.block == .genExpr { cur.isCoroutine = true }

        case .compare(let left, _, let comparators):
            try visitExpr(left)
            for c in comparators { try visitExpr(c) }

        case .call(let fn, let args, let keywords):
            try visitExpr(fn)
            for a in args { try visitExpr(a) }
            for k in keywords { try visitExpr(k.value) }

        case .formattedValue(let value, _, let spec):
            try visitExpr(value)
            if let s = spec { try visitExpr(s) }

        case .joinedStr(let values):
            for v in values { try visitExpr(v) }

        case .constant:
            break

        case .attribute(let value, _):
            try visitExpr(value)

        case .subscript(let value, let index):
            try visitExpr(value)
            try visitExpr(index)

        case .starred(let value):
            try visitExpr(value, ctx)

        case .slice(let lower, let upper, let step):
            if let x = lower { try visitExpr(x) }
            if let x = upper { try visitExpr(x) }
            if let x = step { try visitExpr(x) }

        case .name(let id):
            // PEP 695's helpers (Compiler+TypeParams.swift) are no names.
            if id.hasPrefix(TypeParamIntrinsic.prefix) { break }
            try addDef(id, ctx == .load ? .use : .defLocal, e.range)
            // `super` counts as a use of __class__.
            if ctx == .load && cur.isFunctionLike && id == "super" {
                try addDef("__class__", .use, e.range)
            }

        case .list(let elts), .tuple(let elts):
            for x in elts { try visitExpr(x, ctx) }
        }
    }

    mutating func noteYield(_ e: Expr) throws {
        cur.isGenerator = true
        switch cur.block {
        case .listComp: throw error("'yield' inside list comprehension", e.range)
        case .setComp: throw error("'yield' inside set comprehension", e.range)
        case .dictComp: throw error("'yield' inside dict comprehension", e.range)
        case .genExpr: throw error("'yield' inside generator expression", e.range)
        default: break
        }
        if !cur.isFunctionLike { noteCompilerError("'yield' outside function", e.range) }
    }

    // MARK: Comprehensions

    /// symtable_handle_comprehension.
    mutating func handleComprehension(_ e: Expr, _ c: Comprehension, _ block: ScopeEntry.Block, _ name: String) throws {
        guard let outermost = c.generators.first else { return }
        // The outermost iterable is evaluated in the enclosing scope.
        cur.compIterExpr += 1
        try visitExpr(outermost.iter)
        cur.compIterExpr -= 1
        enterBlock(c.scopeID, block, name, e.range)
        // It arrives as the implicit argument ".0".
        try addDef(".0", .defParam, e.range)
        cur.compIterTarget = true
        try visitExpr(outermost.target, .store)
        cur.compIterTarget = false
        for x in outermost.ifs { try visitExpr(x) }
        for g in c.generators.dropFirst() {
            cur.compIterTarget = true
            try visitExpr(g.target, .store)
            cur.compIterTarget = false
            cur.compIterExpr += 1
            try visitExpr(g.iter)
            cur.compIterExpr -= 1
            for x in g.ifs { try visitExpr(x) }
        }
        if let v = c.value { try visitExpr(v) }
        try visitExpr(c.element)
        cur.isGenerator = block == .genExpr
        if block == .genExpr && c.generators.contains(where: { $0.isAsync }) { cur.isCoroutine = true }
        exitBlock()
    }

    /// symtable_handle_namedexpr.
    mutating func handleNamedExpr(_ e: Expr, target: String, value: Expr) throws {
        // The target name starts the expression: `y := ...`.
        let targetRange = SourceRange(line: e.range.line, column: e.range.column,
                                      endLine: e.range.line, endColumn: e.range.column + target.count)
        if cur.compIterExpr > 0 {
            throw error("assignment expression cannot be used in a comprehension iterable expression", e.range)
        }
        if cur.isComprehension {
            try extendNamedExprScope(target, targetRange)
        }
        try visitExpr(value)
        try addDef(target, .defLocal, targetRange)
    }

    /// symtable_extend_namedexpr_scope: a walrus in a comprehension binds in
    /// the nearest enclosing function (or the module).
    mutating func extendNamedExprScope(_ name: String, _ range: SourceRange) throws {
        for ste in stack.reversed() {
            if ste.isComprehension {
                let f = ste.flagsOf(mangle(name))
                if f.contains(.defCompIter) && f.contains(.defLocal) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", range)
                }
                continue
            }
            switch ste.block {
            case .function, .lambda:
                if ste.flagsOf(mangle(name)).contains(.defGlobal) {
                    try addDef(name, .defGlobal, range)
                } else {
                    try addDef(name, .defNonlocal, range)
                }
                recordDirective(name, range)
                try addDef(name, .defLocal, in: ste, range)
                return
            case .module:
                try addDef(name, .defGlobal, range)
                recordDirective(name, range)
                try addDef(name, .defGlobal, in: ste, range)
                return
            case .classBody:
                throw error("assignment expression within a comprehension cannot be used in a class body", range)
            default:
                continue
            }
        }
    }
}
