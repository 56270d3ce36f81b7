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
    var stack: [ScopeEntry] = []
    var cur: ScopeEntry { stack[stack.count - 1] }
    /// st_private: the class whose body we are in (for name mangling).
    var privateName: String?
    /// The first error CPython's compiler (not its symtable) would raise:
    /// reported only when the symbol table is free of errors.
    private(set) var compilerError: SyntaxErrorInfo?
    /// Enclosing loops in the current function or class body (for the
    /// compiler's "'break' outside loop").
    var loopDepth = 0
    /// Inside an except* body, outside any loop or function begun there:
    /// break, continue and return are the compiler's except* error.
    var inExceptStar = false

    enum Ctx { case load, store, del }

    init(filename: String, sourceLines: [String], module: Module) {
        self.filename = filename
        self.sourceLines = sourceLines
        self.futureAnnotations = Self.hasFutureAnnotations(module.body)
        (self.futureStatements, self.futureError) = Self.futureImports(module.body, filename: filename, sourceLines: sourceLines)
    }

    /// CPython's future.c: the `from __future__` statements that open the
    /// module (after its docstring) are its future features; each name must
    /// be one Python knows ("braces": "not a chance"). Any later one is the
    /// compiler's error (visitStmt).
    static let futureFeatures: Set<String> = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                                              "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]
    let futureStatements: Set<SourceRange>
    let futureError: SyntaxErrorInfo?

    static func futureImports(_ body: [Stmt], filename: String, sourceLines: [String]) -> (Set<SourceRange>, SyntaxErrorInfo?) {
        var allowed: Set<SourceRange> = []
        for (i, s) in body.enumerated() {
            if i == 0, case .expr(let e) = s.kind, case .constant(.string) = e.kind { continue }
            guard case .importFrom(let module, let names, let level) = s.kind, module == "__future__", level == 0 else { break }
            allowed.insert(s.range)
            for a in names where !futureFeatures.contains(a.name) {
                let message = a.name == "braces" ? "not a chance" : "future feature \(a.name) is not defined"
                let line = s.range.line
                let text: String? = line >= 1 && line <= sourceLines.count ? sourceLines[line - 1] : nil
                return (allowed, SyntaxErrorInfo(kind: .syntax, message: message, filename: filename, line: line,
                                                 column: s.range.column, endColumn: nil, sourceLine: text))
            }
        }
        return (allowed, nil)
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

    mutating func noteCompilerError(_ message: String, _ range: SourceRange) {
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

    mutating func enterBlock(_ id: Int, _ block: ScopeEntry.Block, _ name: String, _ range: SourceRange,
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
    mutating func enterTypeParamsBlock(_ id: Int, _ name: String, _ params: [TypeParam], _ range: SourceRange) throws {
        let inClass = cur.block == .classBody
        enterBlock(id, .function, name, range)
        cur.isTypeParams = true
        if inClass {
            cur.canSeeClassScope = true
            try addDef("__classdict__", .use, range)
        }
    }

    mutating func exitBlock() {
        stack.removeLast()
    }

    // MARK: Definitions

    func mangle(_ name: String) -> String {
        ScopeAnalyzer.mangle(name, privateName: privateName)
    }

    /// symtable_add_def.
    mutating func addDef(_ name: String, _ flag: SymbolFlags, _ range: SourceRange) throws {
        try addDef(name, flag, in: cur, range)
    }

    /// symtable_add_def_helper.
    mutating func addDef(_ name: String, _ flag: SymbolFlags, in ste: ScopeEntry, _ range: SourceRange) throws {
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

    func lookup(_ name: String) -> SymbolFlags {
        cur.flagsOf(mangle(name))
    }

    mutating func recordDirective(_ name: String, _ range: SourceRange) {
        cur.directives.append((mangle(name), range))
    }

    // MARK: Statements

    mutating func visitBody(_ body: [Stmt]) throws {
        for s in body { try visitStmt(s) }
    }

    mutating func visitStmt(_ s: Stmt) throws {
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
            let savedLoops = (loopDepth, inExceptStar)
            (loopDepth, inExceptStar) = (0, false)
            try visitBody(fd.body)
            (loopDepth, inExceptStar) = savedLoops
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
            let savedLoops = (loopDepth, inExceptStar)
            (loopDepth, inExceptStar) = (0, false)
            try visitBody(cd.body)
            (loopDepth, inExceptStar) = savedLoops
            exitBlock()
            if !cd.typeParams.isEmpty { exitBlock() }
            privateName = saved

        case .return(let value):
            if let v = value {
                try visitExpr(v)
                cur.returnsValue = true
            }
            if !cur.isFunctionLike { noteCompilerError("'return' outside function", s.range) }
            else if inExceptStar { noteCompilerError(Self.exceptStarExit, value?.range ?? s.range) }

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
                if h.isStar {
                    // A loop outside the try cannot be left from here.
                    let saved = (loopDepth, inExceptStar)
                    (loopDepth, inExceptStar) = (0, true)
                    try visitBody(h.body)
                    (loopDepth, inExceptStar) = saved
                } else {
                    try visitBody(h.body)
                }
            }
            try visitBody(orelse)
            try visitBody(finalbody)

        case .assert(let test, let msg):
            try visitExpr(test)
            if let m = msg { try visitExpr(m) }

        case .import(let names), .importFrom(_, let names, _):
            if case .importFrom(let module, _, let level) = s.kind, module == "__future__", level == 0,
               !futureStatements.contains(s.range) {
                noteCompilerError("from __future__ imports must occur at the beginning of the file", s.range)
            }
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
            if loopDepth == 0 { noteCompilerError(inExceptStar ? Self.exceptStarExit : "'break' outside loop", s.range) }

        case .continue:
            if loopDepth == 0 { noteCompilerError(inExceptStar ? Self.exceptStarExit : "'continue' not properly in loop", s.range) }

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
    mutating func visitPattern(_ p: Pattern) throws {
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

    static let exceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block"

    mutating func visitLoopBody(_ body: [Stmt]) throws {
        loopDepth += 1
        try visitBody(body)
        loopDepth -= 1
    }

    mutating func visitAlias(_ a: Alias) throws {
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

    mutating func visitDefaults(_ a: Arguments) throws {
        for d in a.defaults { try visitExpr(d) }
        for case let d? in a.kwDefaults { try visitExpr(d) }
    }

    /// symtable_visit_arguments: co_varnames order.
    mutating func visitArguments(_ a: Arguments) throws {
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
    mutating func visitAnnotations(_ a: Arguments, returns: Expr?, _ range: SourceRange) throws {
        if futureAnnotations { enterBlock(-1, .annotation, "_annotation", range) }
        for p in a.posonly { if let ann = p.annotation { try visitExpr(ann) } }
        for p in a.args { if let ann = p.annotation { try visitExpr(ann) } }
        if let ann = a.vararg?.annotation { try visitExpr(ann) }
        if let ann = a.kwarg?.annotation { try visitExpr(ann) }
        for p in a.kwonly { if let ann = p.annotation { try visitExpr(ann) } }
        if futureAnnotations { exitBlock() }
        if let r = returns { try visitAnnotation(r) }
    }

    mutating func visitAnnotation(_ e: Expr) throws {
        if futureAnnotations { enterBlock(-1, .annotation, "_annotation", e.range) }
        try visitExpr(e)
        if futureAnnotations { exitBlock() }
    }

    func raiseIfAnnotationBlock(_ what: String, _ e: Expr) throws {
        if cur.block == .annotation {
            throw error("\(what) cannot be used within an annotation", e.range)
        }
    }

}
