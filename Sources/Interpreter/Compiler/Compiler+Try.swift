// try/except/else and try/finally: the body, the handlers and the two
// copies of a finally body (normal path and exception path), with the
// exception-table regions CPython's compiler would set up. What exits
// (return/break/continue) must unwind is in Compiler+Statements.swift.

extension Compiler {
    func compileTryExcept(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], _ range: SourceRange) throws {
        if handlers.first?.isStar == true { return try compileTryStarExcept(body: body, handlers: handlers, orelse: orelse, range) }
        let handlerLabel = newLabel(), end = newLabel()
        setLocation(line: range.line, range: range)
        emit(.nop)
        let depth = unit.blockDepth
        let region = beginRegion(handler: handlerLabel, depth: depth)
        unit.blocks.append(.exceptRegion(region: region))
        try compileBody(body)
        unit.blocks.removeLast()
        endRegion(region)
        // As CPython lays it out: the body, the else block, then the
        // handlers. The order matters beyond looks: f_locals lists names in
        // the order the bytecode first uses them (LocalsOrder.swift).
        // POP_BLOCK and the jump over the handlers have no location in
        // CPython: an `if` ending the body that jumps here reports no line.
        setLocation(line: 0, range: nil)
        try compileBody(orelse)
        setLocation(line: 0, range: nil)
        emitJump(.jumpForward, end)
        try compileHandlers(handlers, handlerLabel: handlerLabel, end: end, depth: depth)
        bind(end)
    }

    /// The handler chain; enters with [exc] pushed at `depth`.
    func compileHandlers(_ handlers: [ExceptHandler], handlerLabel: Label, end: Label, depth: Int) throws {
        let cleanup = newLabel()
        bind(handlerLabel)
        // PUSH_EXC_INFO has no location (CPython): the handler's first line
        // reports even when it is the line that raised.
        setLocation(line: 0, range: nil)
        emit(.pushExcInfo)
        // The cleanup keeps the raising instruction (CPython's SETUP_CLEANUP
        // pushes lasti; RERAISE 1 restores it), so the frame's line stays the
        // line that raised.
        let cleanupRegion = beginRegion(handler: cleanup, depth: depth + 1, pushLasti: true)
        for h in handlers {
            let next = newLabel()
            setLocation(line: h.range.line, range: h.range)
            if let t = h.type {
                try compileExpr(t)
                setLocation(line: h.range.line, range: h.range)
                emit(.checkExcMatch)
                emitJump(.popJumpIfFalse, next)
            }
            if let n = h.name {
                try storeName(n)
            } else {
                emit(.popTop)
            }
            unit.blockDepth = depth + 1
            if let n = h.name {
                // `except E as n:` deletes n however the handler ends.
                let nameCleanup = newLabel(), after = newLabel()
                let nameRegion = beginRegion(handler: nameCleanup, depth: depth + 1, pushLasti: true)
                unit.blocks.append(.handler(name: n, region: nameRegion, cleanup: cleanupRegion))
                try compileBody(h.body)
                unit.blocks.removeLast()
                endRegion(nameRegion)
                setLocation(line: 0, range: nil)
                emit(.popExcept)
                loadConst(.none)
                try storeName(n)
                try deleteName(n)
                emitJump(.jumpForward, end)
                bindWithoutTracePoint(nameCleanup)
                setLocation(line: 0, range: nil)
                // [prev, lasti, exc2]: clear the name, then re-raise via cleanup.
                loadConst(.none)
                try storeName(n)
                try deleteName(n)
                emit(.reraise, 1)
                bind(after)
            } else {
                unit.blocks.append(.handler(name: nil, region: nil, cleanup: cleanupRegion))
                try compileBody(h.body)
                unit.blocks.removeLast()
                setLocation(line: 0, range: nil)
                emit(.popExcept)
                emitJump(.jumpForward, end)
            }
            unit.blockDepth = depth
            bind(next)
        }
        // No handler matched: re-raise with the previous exception restored.
        setLocation(line: 0, range: nil)
        emit(.reraise)
        endRegion(cleanupRegion)
        bindWithoutTracePoint(cleanup)
        // [prev, lasti, exc]: restore prev and propagate exc from lasti.
        emit(.swap, 3)
        emit(.popExcept)
        emit(.swap, 2)
        emit(.reraise, 1)
    }

    func compileTryFinally(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt], _ range: SourceRange) throws {
        let finallyHandler = newLabel(), end = newLabel()
        setLocation(line: range.line, range: range)
        emit(.nop)
        let depth = unit.blockDepth
        let region = beginRegion(handler: finallyHandler, depth: depth)
        unit.blocks.append(.finallyTry(finalbody: finalbody, region: region))
        if handlers.isEmpty {
            try compileBody(body)
        } else {
            try compileTryExcept(body: body, handlers: handlers, orelse: orelse, range)
        }
        unit.blocks.removeLast()
        endRegion(region)
        // Normal path; the jump past the handler has no location.
        try compileBody(finalbody)
        emitJumpWithoutLocation(.jumpForward, end)
        // Exception path: [exc]
        bind(finallyHandler)
        let cleanup = newLabel()
        setLocation(line: 0, range: nil)
        emit(.pushExcInfo)
        let cleanupRegion = beginRegion(handler: cleanup, depth: depth + 1, pushLasti: true)
        unit.blocks.append(.finallyEnd(region: cleanupRegion))
        unit.blockDepth = depth + 2
        try compileBody(finalbody)
        unit.blockDepth = depth
        unit.blocks.removeLast()
        // [prev, exc]: re-raise exc; the cleanup handler restores prev.
        setLocation(line: 0, range: nil)
        emit(.reraise)
        endRegion(cleanupRegion)
        bindWithoutTracePoint(cleanup)
        // [prev, lasti, exc]
        emit(.swap, 3)
        emit(.popExcept)
        emit(.swap, 2)
        emit(.reraise, 1)
        bind(end)
    }
}
