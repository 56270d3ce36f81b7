// `with` statements (and the exits `async with` shares): __enter__ on the
// way in, and __exit__ on every way out, as CPython 3.13 compiles them.

extension Compiler {
    func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ range: SourceRange) throws {
        guard let item = items.first else {
            try compileBody(body)
            return
        }
        let handler = newLabel(), end = newLabel()
        try compileExpr(item.contextExpr)
        // BEFORE_WITH and both exits are on the line where this item's
        // context expression starts (CPython's LOC(item->context_expr)).
        let itemLoc = item.contextExpr.range
        setLocation(line: itemLoc.line, range: itemLoc)
        emit(.beforeWith)
        let depth = unit.blockDepth + 1
        let region = beginRegion(handler: handler, depth: depth, pushLasti: true)
        unit.blockDepth += 1
        if let v = item.optionalVars {
            try compileStore(v)
        } else {
            emit(.popTop)
        }
        unit.blocks.append(.with(region: region, line: itemLoc.line))
        try compileWith(items.dropFirst(), body, range)
        unit.blocks.removeLast()
        endRegion(region)
        unit.blockDepth -= 1
        // A traceback from __exit__ underlines the context expression.
        emitWithExits(handler: handler, end: end, depth: depth, line: itemLoc.line, location: itemLoc, awaits: false)
    }

    /// The two ways out of a `with` block, on the `with` line as CPython:
    /// the normal exit calls exit(None, None, None); the handler (entered
    /// with [exit, lasti, exc]) calls exit with the exception and re-raises
    /// it unless the result is true. `async with` awaits each result.
    func emitWithExits(handler: Label, end: Label, depth: Int, line: Int, location: SourceRange, awaits: Bool) {
        setLocation(line: line, range: location)
        loadConst(.none); loadConst(.none); loadConst(.none)
        emit(.call, 3)
        if awaits { emit(.getAwaitable); emitAwaitLoop() }
        emit(.popTop)
        emitJump(.jumpForward, end)
        bind(handler)
        let cleanup = newLabel(), suppress = newLabel()
        setLocation(line: line, range: location)
        emit(.pushExcInfo)
        let cleanupRegion = beginRegion(handler: cleanup, depth: depth + 2, pushLasti: true)
        emit(.withExceptStart)
        if awaits { emit(.getAwaitable); emitAwaitLoop() }
        emitJump(.popJumpIfTrue, suppress)
        // Not suppressed: re-raise from where it was raised (RERAISE 2:
        // lasti is under prev); the cleanup handler restores prev.
        emit(.reraise, 2)
        bind(suppress)
        // [exit, lasti, prev, exc]
        emit(.popTop)
        emit(.popExcept)
        emit(.popTop)
        emit(.popTop)
        endRegion(cleanupRegion)
        emitJump(.jumpForward, end)
        bindWithoutTracePoint(cleanup)
        setLocation(line: 0, range: nil)
        // [exit, lasti, prev, lasti2, exc]: restore prev, re-raise from lasti2.
        emit(.swap, 3)
        emit(.popExcept)
        emit(.swap, 2)
        emit(.reraise, 1)
        bind(end)
    }
}
