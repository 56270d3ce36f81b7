// Statements. Each statement sets the location to its own line first, so the
// trace point (`line` event) falls where CPython's does.

extension Compiler {
    func compileBody(_ body: [Stmt], isModule: Bool = false) throws {
        if isModule, Compiler.containsAnnotation(body), let first = body.first {
            // As CPython: an annotated module makes __annotations__ first.
            setLocation(line: first.range.line, range: first.range)
            emit(.setupAnnotations)
        }
        for s in body { try compileStmt(s) }
    }

    /// CPython's find_ann: an annotated name anywhere in the body's own
    /// statements (not in nested functions or classes).
    static func containsAnnotation(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign: return true
            case .if(_, let b, let o), .while(_, let b, let o), .for(_, _, let b, let o):
                if containsAnnotation(b) || containsAnnotation(o) { return true }
            case .with(_, let b):
                if containsAnnotation(b) { return true }
            case .try(let b, let hs, let o, let f):
                if containsAnnotation(b) || containsAnnotation(o) || containsAnnotation(f) || hs.contains(where: { containsAnnotation($0.body) }) { return true }
            default: continue
            }
        }
        return false
    }

    func compileStmt(_ s: Stmt) throws {
        setLocation(line: s.range.line, range: s.range)
        switch s.kind {
        case .expr(let e):
            if unit.table.kind == .module || unit.table.kind == .function || unit.table.kind == .classBody,
               case .constant(let c) = e.kind, isPlainConstant(c) {
                if case .string = c, unit.table.kind == .module, code.docstring != nil, unit.code.instructions.allSatisfy({ $0.op == .setupAnnotations }) {
                    // The module docstring becomes __doc__.
                    loadConst(.str(code.docstring ?? ""))
                    emit(.storeGlobal, globals.slot(for: "__doc__"))
                    return
                }
                // A constant expression statement (docstring, bare number)
                // compiles to a NOP that still carries the line.
                emit(.nop)
                return
            }
            try compileExpr(e)
            emit(.popTop)
        case .assign(let targets, let value):
            try compileExpr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { emit(.copy, 1) }
                try compileStore(t)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            if let v = value {
                try compileExpr(v)
                try compileStore(target)
            }
            if simple, unit.table.kind == .module || unit.table.kind == .classBody, case .name(let n) = target.kind {
                try compileAnnotation(annotation)
                emit(.setupAnnotations)
                emit(.loadName, nameIndex("__annotations__"))
                loadConst(.str(n))
                emit(.storeSubscr)
            } else if !simple, value == nil {
                // `a.b: int` evaluates the target's object.
                if case .attribute(let obj, _) = target.kind { try compileExpr(obj); emit(.popTop) }
            }
        case .pass:
            emit(.nop)
        case .break:
            try compileBreak(s.range)
        case .continue:
            try compileContinue(s.range)
        case .delete(let targets):
            for t in targets { try compileDelete(t) }
        case .return(let value):
            try compileReturn(value, s.range)
        case .if(let test, let body, let orelse):
            // CPython's compiler_if: the jump over `else` has no location.
            let elseLabel = newLabel(), end = newLabel()
            try compileJumpIf(test, elseLabel, cond: false)
            try compileBody(body)
            if !orelse.isEmpty {
                emitJumpWithoutLocation(.jumpForward, end)
            }
            bind(elseLabel)
            try compileBody(orelse)
            bind(end)
        case .while(let test, let body, let orelse):
            try compileWhile(test, body, orelse, s.range)
        case .for(let target, let iter, let body, let orelse):
            if s.isAsync {
                try compileAsyncFor(target, iter, body, orelse, s.range)
            } else {
                try compileFor(target, iter, body, orelse, s.range)
            }
        case .functionDef(let f):
            try compileFunctionDef(f, s.range)
        case .classDef(let c):
            try compileClassDef(c, s.range)
        case .global, .nonlocal:
            break
        case .try(let body, let handlers, let orelse, let finalbody):
            if !finalbody.isEmpty {
                try compileTryFinally(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, s.range)
            } else {
                try compileTryExcept(body: body, handlers: handlers, orelse: orelse, s.range)
            }
        case .raise(let exc, let cause):
            var n = 0
            if let e = exc { try compileExpr(e); n = 1 }
            if let c = cause { try compileExpr(c); n = 2 }
            setLocation(line: s.range.line, range: s.range)
            emit(.raiseVarargs, n)
        case .assert(let test, let msg):
            let end = newLabel()
            try compileJumpIf(test, end, cond: true)
            setLocation(line: s.range.line, range: s.range)
            emit(.loadAssertionError)
            if let m = msg {
                try compileExpr(m)
                emit(.call, 1)
            }
            // CPython raises at the test's location (the traceback underlines it).
            setLocation(line: test.range.line, range: test.range)
            emit(.raiseVarargs, 1)
            bind(end)
        case .import(let aliases):
            for a in aliases {
                emit(.importName, nameIndex(a.name))
                if let asName = a.asName {
                    // `import a.b as c` binds the submodule.
                    for part in a.name.split(separator: ".").dropFirst() { emit(.importFrom, nameIndex(String(part))); emit(.swap, 2); emit(.popTop) }
                    try storeName(asName)
                } else {
                    try storeName(String(a.name.split(separator: ".").first ?? Substring(a.name)))
                }
            }
        case .importFrom(let module, let names, let level):
            let m = module ?? ""
            emit(.importName, nameIndex(m) | ImportArg.fromList | (level << ImportArg.levelShift))
            for a in names {
                if a.name == "*" {
                    emit(.importStar)
                    continue
                }
                emit(.importFrom, nameIndex(a.name))
                try storeName(a.asName ?? a.name)
            }
            if !(names.count == 1 && names[0].name == "*") { emit(.popTop) }
        case .with(let items, let body):
            if s.isAsync {
                try compileAsyncWith(items[...], body, s.range)
            } else {
                try compileWith(items[...], body, s.range)
            }
        case .match(let subject, let cases):
            try compileMatch(subject, cases, s.range)
        }
    }

    func isPlainConstant(_ c: Constant) -> Bool {
        switch c {
        case .string, .int, .float, .none, .true, .false, .ellipsis, .bigInt, .imaginary, .bytes: return true
        }
    }

    // MARK: Loops

    func compileWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt], _ range: SourceRange) throws {
        let top = newLabel(), elseLabel = newLabel(), end = newLabel()
        bind(top)
        try compileJumpIf(test, elseLabel, cond: false)
        unit.blocks.append(.loop(continueTarget: top, breakTarget: end, isFor: false))
        try compileBody(body)
        unit.blocks.removeLast()
        // CPython: JUMP with no location back to the test; a backward jump
        // always reports the line it lands on.
        emitArtificialJumpBack(top)
        bind(elseLabel)
        try compileBody(orelse)
        bind(end)
    }

    func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt], _ range: SourceRange) throws {
        let top = newLabel(), elseLabel = newLabel(), end = newLabel()
        try compileIterable(iter)
        setLocation(line: range.line, range: range)
        emit(.getIter)
        bind(top)
        setLocation(line: range.line, range: range)
        emitJump(.forIter, elseLabel)
        unit.blockDepth += 1
        try compileStore(target)
        unit.blocks.append(.loop(continueTarget: top, breakTarget: end, isFor: true))
        try compileBody(body)
        unit.blocks.removeLast()
        emitArtificialJumpBack(top)
        unit.blockDepth -= 1
        bind(elseLabel)
        try compileBody(orelse)
        bind(end)
    }

    func compileBreak(_ range: SourceRange) throws {
        emit(.nop)
        let loopAt = unit.blocks.lastIndex(where: { if case .loop = $0 { return true }; return false })
        try refuseExitFromExceptStar(downTo: loopAt.map { $0 + 1 } ?? 0, range)
        guard let loopIndex = loopAt else {
            throw syntaxError("'break' outside loop", range)
        }
        if try unwindBlocks(downTo: loopIndex + 1, preservingTop: false) { setLocation(line: 0, range: nil) }
        guard case .loop(_, let breakTarget, let isFor) = unit.blocks[loopIndex] else { return }
        if isFor { emit(.popTop) }
        emitJump(.jumpForward, breakTarget)
        resumeSuspended()
    }

    func compileContinue(_ range: SourceRange) throws {
        emit(.nop)
        let loopAt = unit.blocks.lastIndex(where: { if case .loop = $0 { return true }; return false })
        try refuseExitFromExceptStar(downTo: loopAt.map { $0 + 1 } ?? 0, range)
        guard let loopIndex = loopAt else {
            throw syntaxError("'continue' not properly in loop", range)
        }
        if try unwindBlocks(downTo: loopIndex + 1, preservingTop: false) { setLocation(line: 0, range: nil) }
        guard case .loop(let continueTarget, _, _) = unit.blocks[loopIndex] else { return }
        // A backward jump always reports the line it lands on (CPython's
        // legacy tracer's JUMP event).
        let at = emit(.jumpBackward, Compiler.noLocationFlag)
        unit.jumpFixups.append((at, continueTarget.id))
        resumeSuspended()
    }

    func compileReturn(_ value: Expr?, _ range: SourceRange) throws {
        if value != nil && unit.code.isAsyncGenerator { throw syntaxError("'return' with value in async generator", range) }
        try refuseExitFromExceptStar(downTo: 0, value?.range ?? range)
        if let v = value {
            try compileExpr(v)
        } else {
            loadConst(.none)
        }
        setLocation(line: range.line, range: range)
        if unit.blocks.isEmpty {
            emit(.returnValue)
            return
        }
        // CPython's compiler_return: a constant value gets a NOP at its own
        // line (it is loaded after the unwind); then a NOP at the statement's
        // line when the value starts on another line, so that line reports
        // before the blocks unwind.
        if let v = value, foldedConstant(v) != nil {
            setLocation(line: v.range.line, range: v.range)
            emit(.nop)
        }
        setLocation(line: range.line, range: range)
        if value == nil || value!.range.line != range.line { emit(.nop) }
        // After a finally body the return is artificial (CPython gives it no
        // line, so no second `line` event for the return statement).
        if try unwindBlocks(downTo: 0, preservingTop: true) { setLocation(line: 0, range: nil) }
        emit(.returnValue)
        resumeSuspended()
    }

    /// Emits the exits of every block from the innermost down to `level`
    /// (exclusive of blocks below it): pops iterators, calls with-exits, runs
    /// finally bodies, restores handled exceptions. Regions of the blocks
    /// being left are suspended while their exit code is emitted.
    @discardableResult
    func unwindBlocks(downTo level: Int, preservingTop: Bool) throws -> Bool {
        var ranFinally = false
        var i = unit.blocks.count - 1
        while i >= level {
            let b = unit.blocks[i]
            switch b {
            case .loop(_, _, let isFor):
                if isFor {
                    if preservingTop { emit(.swap, 2) }
                    emit(.popTop)
                }
            case .finallyTry(let finalbody, let region):
                // CPython's POP_BLOCK here keeps the unwinding statement's
                // line: `return (a\n or b)` reports its line again before
                // the finally body (a NOP without a line when a finally
                // body already ran).
                emit(.nop)
                endSuspend(region)
                // The finally body runs with the blocks outside this one.
                let saved = unit.blocks
                unit.blocks = Array(unit.blocks[0..<i])
                if preservingTop { unit.blocks.append(.pendingValue) }
                let savedDepth = unit.blockDepth
                unit.blockDepth = depthOfBlocks(unit.blocks)
                // A break/continue/return inside this finally body resumes
                // only the regions its own exit suspended, not the ones the
                // exit being compiled has suspended (they stay closed until
                // it is done).
                let suspendedByThisExit = unit.suspended
                unit.suspended = []
                try compileBody(finalbody)
                unit.suspended = suspendedByThisExit + unit.suspended
                unit.blockDepth = savedDepth
                unit.blocks = saved
                ranFinally = true
                // What unwinds after a finally body is artificial (CPython
                // sets the location to NO_LOCATION there): it takes the line
                // of the code that runs before it.
                setLocation(line: 0, range: nil)
            case .pendingValue:
                if preservingTop { emit(.swap, 2) }
                emit(.popTop)
            case .finallyEnd(let region):
                if preservingTop { emit(.swap, 3); emit(.swap, 2) }
                // [value?, prev, exc] -> drop exc, restore prev. Code after
                // this (an outer finally body, run by a return) is no longer
                // covered by this finally's cleanup: a raise there must not
                // come back into it.
                emit(.popTop)
                endSuspend(region)
                emit(.popExcept)
            case .handler(let name, let region, let cleanup):
                if let r = region { endSuspend(r) }
                if let r = cleanup { endSuspend(r) }
                if preservingTop { emit(.swap, 2) }
                emit(.popExcept)
                if let n = name {
                    loadConst(.none)
                    try storeName(n)
                    try deleteName(n)
                }
            case .exceptRegion(let region):
                // POP_BLOCK at the unwinding statement's location, as for a
                // finally: `return (a\n and b)` leaving a try/except reports
                // its line again before an outer with's exit.
                emit(.nop)
                endSuspend(region)
            case .exceptionGroupHandler:
                break  // refused before unwinding (refuseExitFromExceptStar)
            case .with(let region, let line):
                endSuspend(region)
                // The exit call is on the `with` line, and so is what follows
                // (the return itself): CPython keeps that location.
                setLocation(line: line, range: nil)
                if preservingTop { emit(.swap, 2) }
                loadConst(.none); loadConst(.none); loadConst(.none)
                emit(.call, 3)
                if unit.asyncWithRegions.contains(region.id) { emitAwaitLoop() }
                emit(.popTop)
            }
            i -= 1
        }
        return ranFinally
    }

    func depthOfBlocks(_ blocks: [Block]) -> Int {
        var d = 0
        for b in blocks {
            switch b {
            case .loop(_, _, let isFor): if isFor { d += 1 }
            case .finallyTry: break
            case .finallyEnd: d += 2
            case .pendingValue: d += 1
            case .handler: d += 1
            case .with: d += 1
            case .exceptRegion: break
            case .exceptionGroupHandler: d += 4
            }
        }
        return d
    }

    func endSuspend(_ r: Region) {
        if r.isOpen {
            r.close(at: code.instructions.count)
            unit.suspended.append(r)
        }
    }

    /// After a return/break/continue the code is unreachable until the next
    /// label, but the blocks' regions cover what follows again.
    func resumeSuspended() {
        for r in unit.suspended { r.open(at: code.instructions.count) }
        unit.suspended.removeAll()
    }

    // MARK: Assignment targets

    func compileStore(_ target: Expr) throws {
        try withLocation(target.range) {
            switch target.kind {
            case .name(let n):
                try storeName(n)
            case .attribute(let obj, let attr):
                try compileExpr(obj)
                withLocation(Compiler.attributeLocation(target.range, of: target.range, attr)) { emit(.storeAttr, nameIndex(mangled(attr))) }
            case .subscript(let obj, let index):
                try compileExpr(obj)
                try compileExpr(index)
                emit(.storeSubscr)
            case .tuple(let elts), .list(let elts):
                if let star = elts.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                    let after = elts.count - star - 1
                    emit(.unpackEx, star | (after << 8))
                } else {
                    emit(.unpackSequence, elts.count)
                }
                for e in elts {
                    if case .starred(let inner) = e.kind { try compileStore(inner) } else { try compileStore(e) }
                }
            case .starred:
                throw syntaxError("starred assignment target must be in a list or tuple", target.range)
            default:
                throw syntaxError("cannot assign to expression", target.range)
            }
        }
    }

    func compileDelete(_ target: Expr) throws {
        try withLocation(target.range) {
            switch target.kind {
            case .name(let n):
                try deleteName(n)
            case .attribute(let obj, let attr):
                try compileExpr(obj)
                withLocation(Compiler.attributeLocation(target.range, of: target.range, attr)) { emit(.deleteAttr, nameIndex(mangled(attr))) }
            case .subscript(let obj, let index):
                try compileExpr(obj)
                try compileExpr(index)
                emit(.deleteSubscr)
            case .tuple(let elts), .list(let elts):
                for e in elts { try compileDelete(e) }
            default:
                throw syntaxError("cannot delete expression", target.range)
            }
        }
    }

    func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws {
        let opIndex = Int(BinaryOperator.allCasesOrdered.firstIndex(of: op) ?? 0)
        switch target.kind {
        case .name(let n):
            try withLocation(target.range) { try loadName(n) }
            try compileExpr(value)
            emit(.inplaceOp, opIndex)
            try withLocation(target.range) { try storeName(n) }
        case .attribute(let obj, let attr):
            // COPY on the target's line; the load, the operation and the
            // store on the attribute's (compiler_augassign).
            let attrLoc = Compiler.attributeLocation(target.range, of: target.range, attr)
            try compileExpr(obj)
            withLocation(target.range) { _ = emit(.copy, 1) }
            withLocation(attrLoc) { emit(.loadAttr, nameIndex(mangled(attr))) }
            try compileExpr(value)
            // The operation at the statement's location (LOC(s)): an error
            // there underlines the whole statement, so no carets.
            emit(.inplaceOp, opIndex)
            withLocation(attrLoc) {
                emit(.swap, 2)
                emit(.storeAttr, nameIndex(mangled(attr)))
            }
        case .subscript(let obj, let index):
            try compileExpr(obj)
            try compileExpr(index)
            emit(.copy, 2)
            emit(.copy, 2)
            try withLocation(target.range) { emit(.binarySubscr) }
            try compileExpr(value)
            emit(.inplaceOp, opIndex)
            emit(.swap, 3)
            emit(.swap, 2)
            try withLocation(target.range) { emit(.storeSubscr) }
        default:
            throw syntaxError("'\(describe(target))' is an illegal expression for augmented assignment", target.range)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .tuple: return "tuple"
        case .list: return "list"
        case .call: return "function call"
        case .constant: return "literal"
        default: return "expression"
        }
    }
}

extension BinaryOperator {
    /// Fixed order: the operand of binaryOp/inplaceOp instructions.
    static let allCasesOrdered: [BinaryOperator] = [.add, .sub, .mult, .matMult, .div, .floorDiv, .mod, .pow, .lShift, .rShift, .bitOr, .bitXor, .bitAnd]
}

extension CompareOperator {
    static let richOrdered: [CompareOperator] = [.lt, .ltE, .eq, .notEq, .gt, .gtE]
}
