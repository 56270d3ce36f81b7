// Scopes that make new code objects: def, lambda, class, generator
// expressions; and list/set/dict comprehensions, which CPython 3.12+ inlines
// into the enclosing code (PEP 709) with their variables isolated.

extension Compiler {
    // MARK: def and lambda

    /// Pushes defaults / kw-defaults / annotations; returns MAKE_FUNCTION flags.
    func compileDefaults(_ args: Arguments) throws -> Int {
        var flags = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { try compileExpr(d) }
            emit(.buildTuple, args.defaults.count)
            flags |= 1
        }
        let kw = zip(args.kwonly, args.kwDefaults).compactMap { a, d in d.map { (a.name, $0) } }
        if !kw.isEmpty {
            // The values, then the names as one constant on the def's line
            // (BUILD_CONST_KEY_MAP): each name goes with its value's line.
            for (name, d) in kw {
                try loadKeyWithoutLine(.str(name), orAt: d.range)
                try compileExpr(d)
            }
            emit(.buildMap, kw.count)
            flags |= 2
        }
        return flags
    }

    func compileAnnotations(_ args: Arguments, returns: Expr?) throws -> Bool {
        var n = 0
        // CPython's order (compiler_visit_annotations): the positional-or-keyword
        // parameters before the positional-only ones.
        let all = args.args + args.posonly + (args.vararg.map { [$0] } ?? []) + args.kwonly + (args.kwarg.map { [$0] } ?? [])
        for a in all {
            if let ann = a.annotation {
                loadConst(.str(a.name))
                try compileAnnotation(ann)
                n += 1
            }
        }
        if let r = returns {
            loadConst(.str("return"))
            try compileAnnotation(r)
            n += 1
        }
        if n == 0 { return false }
        emit(.buildMap, n)
        return true
    }

    /// `firstLine`: the decorators' line of a generic function, whose
    /// decorators its annotation scope applies.
    func compileFunctionDef(_ f: FunctionDef, _ range: SourceRange, store: Bool = true, firstLine: Int? = nil) throws {
        if !f.typeParams.isEmpty { try compileGenericFunctionDef(f, range); return }
        for d in f.decorators { try compileExpr(d) }
        setLocation(line: f.defLine, range: range)
        var flags = try compileDefaults(f.args)
        if try compileAnnotations(f.args, returns: f.returns) { flags |= 4 }
        let table = analysis.table(f.scopeID)
        let code = CodeObject(name: f.name, qualname: table.qualname, filename: filename, kind: .function,
                              firstLineNumber: firstLine ?? f.decorators.first?.range.line ?? f.defLine)
        pushUnit(CompileUnit(code: code, table: table))
        var body = f.body[...]
        if let doc = Compiler.docstring(of: f.body) {
            code.docstring = doc
            body = body.dropFirst()
        }
        // As CPython, a function's first constant is its docstring or None
        // (co_consts[0]; dis shows the same LOAD_CONST indexes).
        loadConstSlot(code.docstring.map { .str($0) } ?? .none)
        for s in body { try compileStmt(s) }
        // A body that was only a docstring: CPython's implicit return takes
        // the line of RESUME (the first line, a decorator's if any), and so
        // reports a line event there.
        if body.isEmpty { setLocation(line: code.firstLineNumber, range: range) } else { setLocation(line: 0, range: nil) }
        emitReturnNone()
        let fnCode = popUnit()
        setLocation(line: f.defLine, range: range)
        try emitMakeFunction(fnCode, flags: flags)
        for d in f.decorators.reversed() {
            try withLocation(d.range) { emit(.call, 1) }
        }
        setLocation(line: f.defLine, range: range)
        if store { try storeName(f.name) }
    }

    func emitMakeFunction(_ fnCode: CodeObject, flags: Int) throws {
        var flags = flags
        if !fnCode.freevars.isEmpty {
            for v in fnCode.freevars {
                emit(.loadClosure, closureSlot(for: v))
            }
            emit(.buildTuple, fnCode.freevars.count)
            flags |= 8
        }
        loadConst(.object(fnCode.pyCode))
        emit(.makeFunction, flags)
    }

    /// The cell slot, in the current unit, of a variable an inner scope captures.
    func closureSlot(for name: String) -> Int {
        for scope in unit.comprehensionScopes.reversed() {
            if let s = scope.cellSlots[name] { return s }
        }
        return unit.cellIndex[name] ?? 0
    }

    func compileLambda(_ l: Lambda, _ range: SourceRange) throws {
        let flags = try compileDefaults(l.args)
        let table = analysis.table(l.scopeID)
        let code = CodeObject(name: l.name ?? "<lambda>", qualname: table.qualname, filename: filename, kind: .lambda, firstLineNumber: range.line)
        pushUnit(CompileUnit(code: code, table: table))
        try compileExpr(l.body)
        setLocation(line: l.body.range.line, range: l.body.range)
        if table.isGenerator {
            emit(.popTop)
            emitReturnNone()
        } else {
            emit(.returnValue)
        }
        let fnCode = popUnit()
        setLocation(line: range.line, range: range)
        try emitMakeFunction(fnCode, flags: flags)
    }

    // MARK: class

    func compileClassDef(_ c: ClassDef, _ range: SourceRange, store: Bool = true, firstLine outerFirstLine: Int? = nil) throws {
        if !c.typeParams.isEmpty { try compileGenericClassDef(c, range); return }
        for d in c.decorators { try compileExpr(d) }
        setLocation(line: c.defLine, range: range)
        emit(.loadBuildClass)
        let table = analysis.table(c.scopeID)
        // A decorated class's body starts at its first decorator (co_firstlineno,
        // __firstlineno__ and the line of the prologue).
        let firstLine = outerFirstLine ?? c.decorators.first?.range.line ?? c.defLine
        let code = CodeObject(name: c.name, qualname: table.qualname, filename: filename, kind: .classBody,
                              firstLineNumber: firstLine)
        pushUnit(CompileUnit(code: code, table: table))
        setLocation(line: firstLine, range: range)
        emit(.loadName, nameIndex("__name__"))
        emit(.storeName, nameIndex("__module__"))
        loadConst(.str(table.qualname))
        emit(.storeName, nameIndex("__qualname__"))
        loadConst(.int(firstLine))
        emit(.storeName, nameIndex("__firstlineno__"))
        // PEP 695: the class body sees its parameters (Compiler+TypeParams.swift).
        if table.symbols[".type_params"] != nil {
            try loadName(".type_params")
            emit(.storeName, nameIndex("__type_params__"))
        }
        if table.needsClassDict, let cell = unit.cellIndex["__classdict__"] {
            emit(.loadLocals)
            emit(.storeDeref, cell)
        }
        // As CPython: an annotated class body makes __annotations__ first.
        if Compiler.containsAnnotation(c.body) { emit(.setupAnnotations) }
        var body = c.body[...]
        if let doc = Compiler.docstring(of: c.body) {
            code.docstring = doc
            setLocation(line: c.body[0].range.line, range: c.body[0].range)
            loadConst(.str(doc))
            emit(.storeName, nameIndex("__doc__"))
            body = body.dropFirst()
        }
        for s in body { try compileStmt(s) }
        setLocation(line: 0, range: nil)
        loadConst(.object(PyTuple(Compiler.staticAttributes(c.body).map { .str($0) })))
        emit(.storeName, nameIndex("__static_attributes__"))
        if table.needsClassDict, let cell = unit.cellIndex["__classdict__"] {
            emit(.loadClosure, cell)
            emit(.storeName, nameIndex("__classdictcell__"))
        }
        if table.needsClassCell || table.cellvars.contains("__class__") {
            emit(.loadClosure, unit.cellIndex["__class__"] ?? 0)
            emit(.copy, 1)
            emit(.storeName, nameIndex("__classcell__"))
            emit(.returnValue)
        } else {
            emitReturnNone()
        }
        let bodyCode = popUnit()
        setLocation(line: c.defLine, range: range)
        try emitMakeFunction(bodyCode, flags: 0)
        loadConst(.str(c.name))
        for b in c.bases { try compileExpr(b) }
        if c.keywords.isEmpty {
            emit(.call, 2 + c.bases.count)
        } else {
            for k in c.keywords { try compileExpr(k.value) }
            loadConst(.object(PyTuple(c.keywords.map { .str($0.name ?? "") })))
            emit(.callKw, 2 + c.bases.count + c.keywords.count)
        }
        for d in c.decorators.reversed() {
            try withLocation(d.range) { emit(.call, 1) }
        }
        setLocation(line: c.defLine, range: range)
        if store { try storeName(c.name) }
    }

    /// CPython 3.13's __static_attributes__: names X stored as `self.X`
    /// (the name `self`, whatever the method's first parameter) anywhere in
    /// the functions of the class body, nested functions included but not
    /// nested classes; sorted. Like CPython's compiler it sees assignment,
    /// annotated assignment with a value, `for` and `with ... as` targets,
    /// but not `self.X += ...` (an augmented assignment loads the attribute).
    static func staticAttributes(_ body: [Stmt]) -> [String] {
        var names = Set<String>()
        func visitTargets(_ e: Expr) {
            switch e.kind {
            case .attribute(let obj, let attr):
                if case .name(let n) = obj.kind, n == "self" { names.insert(attr) }
            case .tuple(let elts), .list(let elts):
                for x in elts { visitTargets(x) }
            case .starred(let x):
                visitTargets(x)
            default: break
            }
        }
        func visit(_ stmts: [Stmt], inFunction: Bool) {
            for s in stmts {
                switch s.kind {
                case .assign(let targets, _): if inFunction { for t in targets { visitTargets(t) } }
                case .annAssign(let t, _, let value, _): if inFunction && value != nil { visitTargets(t) }
                case .for(let t, _, let b, let o):
                    if inFunction { visitTargets(t) }
                    visit(b, inFunction: inFunction); visit(o, inFunction: inFunction)
                case .if(_, let b, let o), .while(_, let b, let o): visit(b, inFunction: inFunction); visit(o, inFunction: inFunction)
                case .with(let items, let b):
                    if inFunction { for i in items { if let v = i.optionalVars { visitTargets(v) } } }
                    visit(b, inFunction: inFunction)
                case .try(let b, let hs, let o, let f):
                    visit(b, inFunction: inFunction); visit(o, inFunction: inFunction); visit(f, inFunction: inFunction)
                    for h in hs { visit(h.body, inFunction: inFunction) }
                case .functionDef(let f): visit(f.body, inFunction: true)
                default: break
                }
            }
        }
        visit(body, inFunction: false)
        return names.sorted()
    }

    // MARK: Comprehensions

    enum ComprehensionKind { case list, set, dict }

    func boundNames(_ target: Expr, into names: inout [String]) {
        switch target.kind {
        case .name(let n): if !names.contains(n) { names.append(n) }
        case .tuple(let elts), .list(let elts): for e in elts { boundNames(e, into: &names) }
        case .starred(let e): boundNames(e, into: &names)
        default: break
        }
    }

    func compileInlinedComprehension(_ c: Comprehension, kind: ComprehensionKind, _ range: SourceRange) throws {
        let table = analysis.table(c.scopeID)
        try compileIterable(c.generators[0].iter)
        if c.generators.contains(where: { $0.isAsync }) || Compiler.containsAwait(c) {
            if !unit.table.isCoroutine { throw syntaxError("asynchronous comprehension outside of an asynchronous function", range) }
        }
        // GET_ITER is on the iterable's line (LOC(gen->iter)), the rest on the comprehension's.
        withLocation(c.generators[0].iter.range) { _ = emit(c.generators[0].isAsync ? .getAiter : .getIter) }
        setLocation(line: range.line, range: range)
        var names: [String] = []
        for g in c.generators { boundNames(g.target, into: &names) }
        names = names.map { mangled($0) }
        var scope = ComprehensionScope(table: table, fastSlots: [:], cellSlots: [:])
        for n in names {
            if table.symbols[n] == .cell {
                let slot = unit.addHiddenCell(n)
                scope.cellSlots[n] = slot
                emit(.makeCell, slot)
            } else {
                scope.fastSlots[n] = unit.hiddenVar(n)
            }
        }
        unit.comprehensionScopes.append(scope)
        switch kind {
        case .list: emit(.buildList, 0)
        case .set: emit(.buildSet, 0)
        case .dict: emit(.buildMap, 0)
        }
        emit(.swap, 2)
        // From here to the restore, a function local of the same name as a
        // comprehension variable is cleared (LOAD_FAST_AND_CLEAR), which the
        // locals shown at each event reflect: the stretches' labels.
        let cleared = scope.fastSlots.values.filter { !code.hiddenSlots.contains($0) }.sorted()
        let loopStart = newLabel(), loopRestored = newLabel(), handlerRestored = newLabel()
        bind(loopStart)
        // CPython protects the loop with a handler that restores the
        // comprehension's variables before re-raising.
        let cleanup = newLabel(), done = newLabel()
        let region = beginRegion(handler: cleanup, depth: unit.blockDepth)
        try compileComprehensionLoop(c, index: 0, depth: 1, range: range) { d in
            switch kind {
            case .list:
                try self.compileExpr(c.element)
                self.withLocation(c.element.range) { _ = self.emit(.listAppend, d) }
            case .set:
                try self.compileExpr(c.element)
                self.withLocation(c.element.range) { _ = self.emit(.setAdd, d) }
            case .dict:
                try self.compileExpr(c.element)
                try self.compileExpr(c.value!)
                self.withLocation(c.element.range) { _ = self.emit(.mapAdd, d) }
            }
        }
        endRegion(region)
        unit.comprehensionScopes.removeLast()
        let restore = {
            for (_, slot) in scope.fastSlots.sorted(by: { $0.value < $1.value }) {
                self.emit(.deleteFast, slot | Compiler.silentDelete)
            }
            // The closures keep the comprehension's cell; the frame's slot goes
            // back to empty, as CPython restores it after an inlined comprehension.
            for (_, slot) in scope.cellSlots.sorted(by: { $0.value < $1.value }) {
                self.emit(.makeCell, slot | Compiler.silentDelete)
            }
        }
        // pop_inlined_comprehension_state runs at the comprehension's own
        // location: its line reports while the variable is still bound.
        setLocation(line: range.line, range: range)
        restore()
        bind(loopRestored)
        emitJump(.jumpForward, done)
        // The handler starts with code that has no line (CPython's
        // SWAP/POP_TOP), so the comprehension's line is reported again
        // before the variables are restored and the exception re-raised.
        bindWithoutTracePoint(cleanup)
        emitNoLocationMarker()
        setLocation(line: range.line, range: range)
        restore()
        bind(handlerRestored)
        emit(.reraise)
        bind(done)
        if !cleared.isEmpty {
            unit.comprehensionStretches.append((loopStart, loopRestored, cleared))
            unit.comprehensionStretches.append((cleanup, handlerRestored, cleared))
        }
    }

    /// The iterable of a `for` or a comprehension: CPython's AST optimizer
    /// (fold_iter) makes a list display there a tuple, so a generator
    /// expression over `[a, b]` iterates a tuple_iterator.
    func compileIterable(_ e: Expr) throws {
        if case .list(let elts) = e.kind, !elts.contains(where: { if case .starred = $0.kind { return true }; return false }) {
            try compileExpr(Expr(.tuple(elts), e.range))
        } else {
            try compileExpr(e)
        }
    }

    /// `deleteFast` with this bit set clears the slot without checking it.
    static let silentDelete = 1 << 20

    /// One `for` clause of a comprehension, with the iterator already on the
    /// stack. `depth` counts the iterators above the result collection.
    func compileComprehensionLoop(_ c: Comprehension, index: Int, depth: Int, range: SourceRange, element: (Int) throws -> Void) throws {
        let gen = c.generators[index]
        if index > 0, !gen.isAsync, let single = Compiler.singleItemIterable(gen.iter), foldedConstant(single) == nil {
            try compileAssignmentIdiom(c, index: index, value: single, depth: depth, range: range, element: element)
            return
        }
        let top = newLabel(), end = newLabel()
        if index > 0 {
            try compileIterable(gen.iter)
            setLocation(line: gen.iter.range.line, range: gen.iter.range)
            emit(gen.isAsync ? .getAiter : .getIter)
        }
        bind(top)
        setLocation(line: gen.iter.range.line, range: gen.iter.range)
        let asyncEnd = newLabel()
        if gen.isAsync {
            // [result, iterators...]: END_ASYNC_FOR drops the async iterator.
            let region = beginRegion(handler: asyncEnd, depth: unit.blockDepth + 1 + depth)
            emit(.getAnext)
            emitAwaitLoop()
            endRegion(region)
        } else {
            emitJump(.forIter, end)
        }
        try compileStore(gen.target)
        // A filtered-out item still goes round through the artificial jump
        // (CPython's if_cleanup), which is where the line event comes from.
        let ifCleanup = newLabel()
        for cond in gen.ifs {
            try compileJumpIf(cond, ifCleanup, cond: false)
        }
        if index + 1 < c.generators.count {
            try compileComprehensionLoop(c, index: index + 1, depth: depth + 1, range: range, element: element)
        } else {
            try element(depth + 1)
        }
        // CPython: the jump back (where filtered-out items land too) is at
        // the element's location.
        bind(ifCleanup)
        withLocation(c.element.range) {
            let at = emit(.jumpBackward, Compiler.noLocationFlag)
            unit.jumpFixups.append((at, top.id))
        }
        if gen.isAsync {
            bindWithoutTracePoint(asyncEnd)
            setLocation(line: gen.iter.range.line, range: gen.iter.range)
            emit(.endAsyncFor)
        }
        bind(end)
    }

    /// The one item of an inner `for y in [expr]` (or `(expr,)`), which
    /// CPython's compiler turns into the assignment `y = expr` (no loop, so
    /// no line events of a loop). A list or tuple of constants is a constant
    /// tuple by then (fold_iter) and loops as usual.
    static func singleItemIterable(_ e: Expr) -> Expr? {
        switch e.kind {
        case .list(let elts) where elts.count == 1, .tuple(let elts) where elts.count == 1:
            if case .starred = elts[0].kind { return nil }
            return elts[0]
        default:
            return nil
        }
    }

    /// An inner `for y in [expr]` clause compiled as `y = expr`: no iterator
    /// on the stack, so the element's collection stays at `depth`.
    func compileAssignmentIdiom(_ c: Comprehension, index: Int, value: Expr, depth: Int, range: SourceRange, element: (Int) throws -> Void) throws {
        let gen = c.generators[index]
        try compileExpr(value)
        try compileStore(gen.target)
        let ifCleanup = newLabel()
        for cond in gen.ifs {
            try compileJumpIf(cond, ifCleanup, cond: false)
        }
        if index + 1 < c.generators.count {
            try compileComprehensionLoop(c, index: index + 1, depth: depth, range: range, element: element)
        } else {
            try element(depth)
        }
        bind(ifCleanup)
    }

    func compileGeneratorExpression(_ c: Comprehension, _ range: SourceRange) throws {
        let table = analysis.table(c.scopeID)
        let code = CodeObject(name: "<genexpr>", qualname: table.qualname, filename: filename, kind: .generatorExpression, firstLineNumber: range.line)
        let u = CompileUnit(code: code, table: table)
        if u.varIndex[".0"] == nil {
            _ = u.addVar(".0")
            code.argCount = 1
        }
        code.isGenerator = true
        code.isAsyncGenerator = table.isCoroutine
        pushUnit(u)
        setLocation(line: range.line, range: range)
        emit(.loadFast, u.varIndex[".0"] ?? 0)
        // The outermost iterable is already an iterator (made by the caller).
        let gen = c.generators[0]
        let top = newLabel(), end = newLabel()
        bind(top)
        setLocation(line: gen.iter.range.line, range: gen.iter.range)
        let asyncEnd = newLabel()
        if gen.isAsync {
            let region = beginRegion(handler: asyncEnd, depth: 1)
            emit(.getAnext)
            emitAwaitLoop()
            endRegion(region)
        } else {
            emitJump(.forIter, end)
        }
        try compileStore(gen.target)
        let ifCleanup = newLabel()
        for cond in gen.ifs {
            try compileJumpIf(cond, ifCleanup, cond: false)
        }
        let yieldElement: (Int) throws -> Void = { _ in
            try self.compileExpr(c.element)
            self.withLocation(c.element.range) {
                if code.isAsyncGenerator { self.emit(.asyncGenWrap) }
                self.emit(.yieldValue)
                self.emit(.popTop)
            }
        }
        if c.generators.count > 1 {
            try compileComprehensionLoop(c, index: 1, depth: 1, range: range, element: yieldElement)
        } else {
            try yieldElement(1)
        }
        // CPython: the jump back (where filtered-out items land too) is at
        // the element's location.
        bind(ifCleanup)
        withLocation(c.element.range) {
            let at = emit(.jumpBackward, Compiler.noLocationFlag)
            unit.jumpFixups.append((at, top.id))
        }
        if gen.isAsync {
            bindWithoutTracePoint(asyncEnd)
            setLocation(line: gen.iter.range.line, range: gen.iter.range)
            emit(.endAsyncFor)
        }
        bind(end)
        // No location: the return runs on the line of the outermost FOR_ITER.
        setLocation(line: 0, range: nil)
        emitReturnNone()
        let genCode = popUnit()
        setLocation(line: range.line, range: range)
        try emitMakeFunction(genCode, flags: 0)
        try compileIterable(gen.iter)
        withLocation(gen.iter.range) { _ = emit(gen.isAsync ? .getAiter : .getIter) }
        setLocation(line: range.line, range: range)
        emit(.call, 1)
    }
}
