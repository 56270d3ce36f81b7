// Pass 1 of scope analysis: symtable.c's symtable_visit_* functions. Walks
// the AST in the same order as CPython (the order decides which error is
// reported first and the order of names in each scope) and records DEF_*
// flags per name in the current block.

struct SymbolTableBuilder {
    let filename: String
    let sourceLines: [String]
    /// `from __future__ import annotations`: annotations are never evaluated,
    /// their names are not symbols.
    let futureAnnotations: Bool

    private(set) var top: ScopeEntry!
    private var stack: [ScopeEntry] = []
    private var cur: ScopeEntry { stack[stack.count - 1] }
    /// st_private: the class whose body we are in (for name mangling).
    private var privateName: String?
    /// The first error CPython's compiler (not its symtable) would raise:
    /// reported only when the symbol table is free of errors.
    private(set) var compilerError: SyntaxErrorInfo?
    /// Enclosing loops in the current function or class body (for the
    /// compiler's "'break' outside loop").
    private var loopDepth = 0

    private enum Ctx { case load, store, del }

    init(filename: String, sourceLines: [String], module: Module) {
        self.filename = filename
        self.sourceLines = sourceLines
        self.futureAnnotations = Self.hasFutureAnnotations(module.body)
    }

    static func hasFutureAnnotations(_ body: [Stmt]) -> Bool {
        for (i, s) in body.enumerated() {
            switch s.kind {
            case .expr(let e):
                if i == 0, case .constant(.string) = e.kind { continue }
                return false
            case .importFrom(let module, let names, let level):
                guard module == "__future__" && level == 0 else { return false }
                if names.contains(where: { $0.name == "annotations" }) { return true }
            default:
                return false
            }
        }
        return false
    }

    // MARK: Errors

    /// A SyntaxError at `range`, located the way CPython's
    /// PyErr_RangedSyntaxLocationObject + traceback show it.
    func error(_ message: String, _ range: SourceRange) -> SyntaxErrorInfo {
        let line = range.line
        let text: String? = line >= 1 && line <= sourceLines.count ? sourceLines[line - 1] : nil
        var end: Int? = nil
        if range.endLine == range.line {
            if range.endColumn > range.column + 1 { end = range.endColumn }
        } else if let t = text {
            // A range spanning lines is underlined to the end of the first line.
            let len = t.trimmingTrailingWhitespace().count
            if len > range.column + 1 { end = len }
        }
        return SyntaxErrorInfo(kind: .syntax, message: message, filename: filename, line: line,
                               column: range.column, endColumn: end, sourceLine: text)
    }

    private mutating func noteCompilerError(_ message: String, _ range: SourceRange) {
        if compilerError == nil { compilerError = error(message, range) }
    }

    // MARK: Blocks

    mutating func build(_ module: Module) throws -> ScopeEntry {
        let topEntry = ScopeEntry(scopeID: 0, block: .module, name: "<module>", range: .unknown, privateName: nil, parent: nil)
        top = topEntry
        stack = [topEntry]
        for s in module.body { try visitStmt(s) }
        stack.removeAll()
        return topEntry
    }

    private mutating func enterBlock(_ id: Int, _ block: ScopeEntry.Block, _ name: String, _ range: SourceRange,
                                     arguments: Arguments? = nil) {
        let prev = cur
        let ste = ScopeEntry(scopeID: id, block: block, name: name, range: range, privateName: privateName, parent: prev)
        ste.arguments = arguments
        // bpo-37757: no walrus anywhere inside a comprehension's iterable.
        ste.compIterExpr = prev.compIterExpr
        if block != .annotation {
            prev.children.append(ste)
            prev.steChildren.append(ste)
        }
        stack.append(ste)
    }

    /// A PEP 695 annotation scope: a function-like block holding the type
    /// parameters, invisible in the qualnames of what it contains.
    /// Directly in a class body it sees the class's names through the
    /// implicit `__classdict__` cell (symtable_enter_type_param_block).
    private mutating func enterTypeParamsBlock(_ id: Int, _ name: String, _ params: [TypeParam], _ range: SourceRange) throws {
        let inClass = cur.block == .classBody
        enterBlock(id, .function, name, range)
        cur.isTypeParams = true
        if inClass {
            cur.canSeeClassScope = true
            try addDef("__classdict__", .use, range)
        }
    }

    private mutating func exitBlock() {
        stack.removeLast()
    }

    // MARK: Definitions

    private func mangle(_ name: String) -> String {
        ScopeAnalyzer.mangle(name, privateName: privateName)
    }

    /// symtable_add_def.
    private mutating func addDef(_ name: String, _ flag: SymbolFlags, _ range: SourceRange) throws {
        try addDef(name, flag, in: cur, range)
    }

    /// symtable_add_def_helper.
    private mutating func addDef(_ name: String, _ flag: SymbolFlags, in ste: ScopeEntry, _ range: SourceRange) throws {
        let mangled = mangle(name)
        var val = flag
        if let old = ste.flags[mangled] {
            if flag.contains(.defParam) && old.contains(.defParam) {
                throw error("duplicate argument '\(name)' in function definition", range)
            }
            val.formUnion(old)
        }
        if ste.compIterTarget {
            // An iteration variable of a comprehension: may not also be a
            // walrus target of the same comprehension.
            if !val.isDisjoint(with: [.defGlobal, .defNonlocal]) {
                throw error("comprehension inner loop cannot rebind assignment expression target '\(name)'", range)
            }
            val.insert(.defCompIter)
        }
        ste.setFlags(mangled, val)
        if flag.contains(.defParam) {
            ste.varnames.append(mangled)
        } else if flag.contains(.defGlobal) {
            // `global x` anywhere makes x an explicit global of the module too.
            top.setFlags(mangled, top.flagsOf(mangled).union(flag))
        }
    }

    private func lookup(_ name: String) -> SymbolFlags {
        cur.flagsOf(mangle(name))
    }

    private mutating func recordDirective(_ name: String, _ range: SourceRange) {
        cur.directives.append((mangle(name), range))
    }

    // MARK: Statements

    private mutating func visitBody(_ body: [Stmt]) throws {
        for s in body { try visitStmt(s) }
    }

    private mutating func visitStmt(_ s: Stmt) throws {
        switch s.kind {
        case .functionDef(let fd):
            try addDef(fd.name, .defLocal, s.range)
            if !fd.typeParams.isEmpty {
                // PEP 695: decorators outside, the rest in the annotation scope.
                for d in fd.decorators { try visitExpr(d) }
                try enterTypeParamsBlock(-fd.scopeID, "<generic parameters of \(fd.name)>", fd.typeParams, s.range)
                for p in fd.typeParams { try addDef(p.name, .defLocal, p.range) }
                try visitDefaults(fd.args)
            } else {
                try visitDefaults(fd.args)
                for d in fd.decorators { try visitExpr(d) }
            }
            try visitAnnotations(fd.args, returns: fd.returns, s.range)
            enterBlock(fd.scopeID, .function, fd.name, s.range, arguments: fd.args)
            cur.isCoroutine = fd.isAsync
            try visitArguments(fd.args)
            let savedLoops = loopDepth
            loopDepth = 0
            try visitBody(fd.body)
            loopDepth = savedLoops
            exitBlock()
            if !fd.typeParams.isEmpty { exitBlock() }

        case .classDef(let cd):
            try addDef(cd.name, .defLocal, s.range)
            for d in cd.decorators { try visitExpr(d) }
            if !cd.typeParams.isEmpty {
                try enterTypeParamsBlock(-cd.scopeID, "<generic parameters of \(cd.name)>", cd.typeParams, s.range)
                for p in cd.typeParams { try addDef(p.name, .defLocal, p.range) }
                try addDef(".type_params", .defLocal, s.range)
                try addDef(".generic_base", .defLocal, s.range)
            }
            for b in cd.bases { try visitExpr(b) }
            for k in cd.keywords { try visitExpr(k.value) }
            let saved = privateName
            privateName = cd.name
            enterBlock(cd.scopeID, .classBody, cd.name, s.range)
            // The class body reads `.type_params` from the annotation scope.
            if !cd.typeParams.isEmpty { try addDef(".type_params", .use, s.range) }
            let savedLoops = loopDepth
            loopDepth = 0
            try visitBody(cd.body)
            loopDepth = savedLoops
            exitBlock()
            if !cd.typeParams.isEmpty { exitBlock() }
            privateName = saved

        case .return(let value):
            if let v = value {
                try visitExpr(v)
                cur.returnsValue = true
            }
            if !cur.isFunctionLike { noteCompilerError("'return' outside function", s.range) }

        case .delete(let targets):
            for t in targets { try visitExpr(t, .del) }

        case .assign(let targets, let value):
            for t in targets { try visitExpr(t, .store) }
            try visitExpr(value)

        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id) = target.kind {
                let old = lookup(id)
                if !old.isDisjoint(with: [.defGlobal, .defNonlocal]) && cur !== top && simple {
                    let what = old.contains(.defGlobal) ? "global" : "nonlocal"
                    throw error("annotated name '\(id)' can't be \(what)", s.range)
                }
                if simple {
                    try addDef(id, [.defAnnot, .defLocal], target.range)
                } else if value != nil {
                    try addDef(id, .defLocal, target.range)
                }
            } else {
                try visitExpr(target, .store)
            }
            try visitAnnotation(annotation)
            if let v = value { try visitExpr(v) }

        case .augAssign(let target, _, let value):
            try visitExpr(target, .store)
            try visitExpr(value)

        case .for(let target, let iter, let body, let orelse):
            try visitExpr(target, .store)
            try visitExpr(iter)
            try visitLoopBody(body)
            try visitBody(orelse)

        case .while(let test, let body, let orelse):
            try visitExpr(test)
            try visitLoopBody(body)
            try visitBody(orelse)

        case .if(let test, let body, let orelse):
            try visitExpr(test)
            try visitBody(body)
            try visitBody(orelse)

        case .raise(let exc, let cause):
            if let e = exc {
                try visitExpr(e)
                if let c = cause { try visitExpr(c) }
            }

        case .try(let body, let handlers, let orelse, let finalbody):
            try visitBody(body)
            for h in handlers {
                if let t = h.type { try visitExpr(t) }
                if let n = h.name { try addDef(n, .defLocal, h.range) }
                try visitBody(h.body)
            }
            try visitBody(orelse)
            try visitBody(finalbody)

        case .assert(let test, let msg):
            try visitExpr(test)
            if let m = msg { try visitExpr(m) }

        case .import(let names), .importFrom(_, let names, _):
            for a in names { try visitAlias(a) }

        case .global(let names):
            for name in names {
                let old = lookup(name)
                if !old.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
                    let message: String
                    if old.contains(.defParam) {
                        message = "name '\(name)' is parameter and global"
                    } else if old.contains(.use) {
                        message = "name '\(name)' is used prior to global declaration"
                    } else if old.contains(.defAnnot) {
                        message = "annotated name '\(name)' can't be global"
                    } else {
                        message = "name '\(name)' is assigned to before global declaration"
                    }
                    throw error(message, s.range)
                }
                try addDef(name, .defGlobal, s.range)
                recordDirective(name, s.range)
            }

        case .nonlocal(let names):
            for name in names {
                let old = lookup(name)
                if !old.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
                    let message: String
                    if old.contains(.defParam) {
                        message = "name '\(name)' is parameter and nonlocal"
                    } else if old.contains(.use) {
                        message = "name '\(name)' is used prior to nonlocal declaration"
                    } else if old.contains(.defAnnot) {
                        message = "annotated name '\(name)' can't be nonlocal"
                    } else {
                        message = "name '\(name)' is assigned to before nonlocal declaration"
                    }
                    throw error(message, s.range)
                }
                try addDef(name, .defNonlocal, s.range)
                recordDirective(name, s.range)
            }

        case .expr(let e):
            try visitExpr(e)

        case .pass:
            break

        case .break:
            if loopDepth == 0 { noteCompilerError("'break' outside loop", s.range) }

        case .continue:
            if loopDepth == 0 { noteCompilerError("'continue' not properly in loop", s.range) }

        case .with(let items, let body):
            for item in items {
                try visitExpr(item.contextExpr)
                if let v = item.optionalVars { try visitExpr(v, .store) }
            }
            try visitBody(body)

        case .match(let subject, let cases):
            try visitExpr(subject)
            for c in cases {
                try visitPattern(c.pattern)
                if let g = c.guardExpr { try visitExpr(g) }
                try visitBody(c.body)
            }
        }
    }

    /// A pattern's expressions are loads; its captures bind in this scope.
    private mutating func visitPattern(_ p: Pattern) throws {
        func capture(_ n: String?) throws {
            if let n = n { try visitExpr(Expr(.name(n), p.range), .store) }
        }
        switch p.kind {
        case .value(let e): try visitExpr(e)
        case .singleton: break
        case .sequence(let ps): for x in ps { try visitPattern(x) }
        case .star(let n): try capture(n)
        case .mapping(let keys, let ps, let rest):
            for k in keys { try visitExpr(k) }
            for x in ps { try visitPattern(x) }
            try capture(rest)
        case .classPattern(let cls, let ps, _, let kps):
            try visitExpr(cls)
            for x in ps + kps { try visitPattern(x) }
        case .asPattern(let sub, let n):
            if let s = sub { try visitPattern(s) }
            try capture(n)
        case .or(let alts): for x in alts { try visitPattern(x) }
        }
    }

    private mutating func visitLoopBody(_ body: [Stmt]) throws {
        loopDepth += 1
        try visitBody(body)
        loopDepth -= 1
    }

    private mutating func visitAlias(_ a: Alias) throws {
        let name = a.asName ?? a.name
        if name == "*" {
            if cur.block != .module {
                throw error("import * only allowed at module level", a.range)
            }
            return
        }
        // `import a.b.c` binds `a`.
        let store = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        try addDef(store, .defImport, a.range)
    }

    // MARK: Functions

    private mutating func visitDefaults(_ a: Arguments) throws {
        for d in a.defaults { try visitExpr(d) }
        for case let d? in a.kwDefaults { try visitExpr(d) }
    }

    /// symtable_visit_arguments: co_varnames order.
    private mutating func visitArguments(_ a: Arguments) throws {
        for p in a.posonly { try addDef(p.name, .defParam, p.range) }
        for p in a.args { try addDef(p.name, .defParam, p.range) }
        for p in a.kwonly { try addDef(p.name, .defParam, p.range) }
        if let v = a.vararg {
            try addDef(v.name, .defParam, v.range)
            cur.hasVarargs = true
        }
        if let k = a.kwarg {
            try addDef(k.name, .defParam, k.range)
            cur.hasVarkeywords = true
        }
    }

    /// symtable_visit_annotations: evaluated in the enclosing scope at def time.
    private mutating func visitAnnotations(_ a: Arguments, returns: Expr?, _ range: SourceRange) throws {
        if futureAnnotations { enterBlock(-1, .annotation, "_annotation", range) }
        for p in a.posonly { if let ann = p.annotation { try visitExpr(ann) } }
        for p in a.args { if let ann = p.annotation { try visitExpr(ann) } }
        if let ann = a.vararg?.annotation { try visitExpr(ann) }
        if let ann = a.kwarg?.annotation { try visitExpr(ann) }
        for p in a.kwonly { if let ann = p.annotation { try visitExpr(ann) } }
        if futureAnnotations { exitBlock() }
        if let r = returns { try visitAnnotation(r) }
    }

    private mutating func visitAnnotation(_ e: Expr) throws {
        if futureAnnotations { enterBlock(-1, .annotation, "_annotation", e.range) }
        try visitExpr(e)
        if futureAnnotations { exitBlock() }
    }

    private func raiseIfAnnotationBlock(_ what: String, _ e: Expr) throws {
        if cur.block == .annotation {
            throw error("\(what) cannot be used within an annotation", e.range)
        }
    }

    // MARK: Expressions

    private mutating func visitExpr(_ e: Expr, _ ctx: Ctx = .load) throws {
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

    private mutating func noteYield(_ e: Expr) throws {
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
    private mutating func handleComprehension(_ e: Expr, _ c: Comprehension, _ block: ScopeEntry.Block, _ name: String) throws {
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
    private mutating func handleNamedExpr(_ e: Expr, target: String, value: Expr) throws {
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
    private mutating func extendNamedExprScope(_ name: String, _ range: SourceRange) throws {
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
