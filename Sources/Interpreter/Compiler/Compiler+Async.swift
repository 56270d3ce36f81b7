// async/await: `await`, `async for` and `async with`, compiled as CPython
// 3.13 does. An await is a `yield from` over the awaitable's iterator
// (GET_AWAITABLE, then the SEND/YIELD_VALUE loop), so a coroutine suspends
// the way a generator does and the event loop (Modules/Lib/asyncio) resumes
// it with send(). VM+Async.swift runs the new instructions.

extension Compiler {
    /// `await value`: allowed in an `async def` (and the comprehensions
    /// inlined into one); CPython's compiler messages otherwise.
    func compileAwait(_ value: Expr, _ range: SourceRange) throws {
        let table = unit.table
        if !(table.kind == .function || table.kind == .lambda || table.kind == .generatorExpression) {
            throw syntaxError("'await' outside function", range)
        }
        if !table.isCoroutine {
            throw syntaxError("'await' outside async function", range)
        }
        try compileExpr(value)
        emit(.getAwaitable)
        emitAwaitLoop()
    }

    /// The awaitable (or `yield from` iterator) is on the stack: send into
    /// it until it returns; its result replaces it. As CPython's
    /// compiler_add_yield_from, an exception thrown in at the yield goes to
    /// CLEANUP_THROW (a StopIteration there is the result; anything else
    /// goes on), which reports the line again.
    func emitAwaitLoop() {
        loadConst(.none)
        let loop = newLabel(), exit = newLabel(), fail = newLabel()
        let line = unit.currentLine, range = unit.currentRange
        bind(loop)
        emitJump(.send, exit)
        // Depth -1: the stack at the yield less the yielded value (StackDepth.swift).
        let region = beginRegion(handler: fail, depth: -1)
        emit(.yieldValue)
        endRegion(region)
        emitJump(.jumpBackward, loop)
        bindWithoutTracePoint(fail)
        emitNoLocationMarker()
        setLocation(line: line, range: range)
        emit(.cleanupThrow)
        bind(exit)
        emit(.endSend)
    }

    func requireAsyncFunction(_ what: String, _ range: SourceRange) throws {
        if !unit.table.isCoroutine { throw syntaxError("\(what) outside async function", range) }
    }

    /// `async for target in iter:` — GET_AITER, then each round awaits
    /// `__anext__()` under a handler that ends the loop on
    /// StopAsyncIteration (END_ASYNC_FOR).
    func compileAsyncFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt], _ range: SourceRange) throws {
        try requireAsyncFunction("'async for'", range)
        let top = newLabel(), handler = newLabel(), elseLabel = newLabel(), end = newLabel()
        try compileExpr(iter)
        setLocation(line: range.line, range: range)
        emit(.getAiter)
        bind(top)
        setLocation(line: range.line, range: range)
        // [aiter]: the handler gets [aiter, exc].
        let region = beginRegion(handler: handler, depth: unit.blockDepth + 1)
        emit(.getAnext)
        emitAwaitLoop()
        endRegion(region)
        unit.blockDepth += 1
        try compileStore(target)
        unit.blocks.append(.loop(continueTarget: top, breakTarget: end, isFor: true))
        try compileBody(body)
        unit.blocks.removeLast()
        emitArtificialJumpBack(top)
        unit.blockDepth -= 1
        bindWithoutTracePoint(handler)
        setLocation(line: range.line, range: range)
        emit(.endAsyncFor)
        bind(elseLabel)
        try compileBody(orelse)
        bind(end)
    }

    /// `async with a as x:` — as `with`, with `__aenter__`/`__aexit__`
    /// awaited.
    func compileAsyncWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ range: SourceRange) throws {
        guard let item = items.first else {
            try compileBody(body)
            return
        }
        try requireAsyncFunction("'async with'", range)
        let handler = newLabel(), end = newLabel()
        try compileExpr(item.contextExpr)
        let itemLoc = item.contextExpr.range
        setLocation(line: itemLoc.line, range: itemLoc)
        emit(.beforeAsyncWith)
        emit(.getAwaitable)
        emitAwaitLoop()
        let depth = unit.blockDepth + 1
        let region = beginRegion(handler: handler, depth: depth, pushLasti: true)
        unit.asyncWithRegions.insert(region.id)
        unit.blockDepth += 1
        if let v = item.optionalVars {
            try compileStore(v)
        } else {
            emit(.popTop)
        }
        unit.blocks.append(.with(region: region, line: itemLoc.line))
        try compileAsyncWith(items.dropFirst(), body, range)
        unit.blocks.removeLast()
        endRegion(region)
        unit.blockDepth -= 1
        emitWithExits(handler: handler, end: end, depth: depth, line: itemLoc.line, location: itemLoc, awaits: true)
    }
}

extension Compiler {
    /// An `await` in a comprehension's element or conditions (not in a
    /// nested scope): the comprehension is asynchronous.
    static func containsAwait(_ c: Comprehension) -> Bool {
        var exprs = [c.element] + (c.value.map { [$0] } ?? [])
        for g in c.generators { exprs += g.ifs; exprs.append(g.iter) }
        return exprs.contains { containsAwait($0) }
    }

    static func containsAwait(_ e: Expr) -> Bool {
        switch e.kind {
        case .await: return true
        case .lambda, .generatorExp, .listComp, .setComp, .dictComp: return false
        case .name, .constant: return false
        case .joinedStr(let xs), .tuple(let xs), .list(let xs), .set(let xs): return xs.contains { containsAwait($0) }
        case .formattedValue(let v, _, let spec): return containsAwait(v) || spec.map { containsAwait($0) } == true
        case .dict(let ks, let vs): return ks.contains { $0.map { containsAwait($0) } == true } || vs.contains { containsAwait($0) }
        case .starred(let x), .attribute(let x, _), .unaryOp(_, let x), .yieldFrom(let x): return containsAwait(x)
        case .namedExpr(_, let x): return containsAwait(x)
        case .subscript(let a, let b), .binOp(let a, _, let b): return containsAwait(a) || containsAwait(b)
        case .slice(let a, let b, let c): return [a, b, c].contains { $0.map { containsAwait($0) } == true }
        case .call(let f, let args, let kws): return containsAwait(f) || args.contains { containsAwait($0) } || kws.contains { containsAwait($0.value) }
        case .boolOp(_, let xs): return xs.contains { containsAwait($0) }
        case .compare(let a, _, let xs): return containsAwait(a) || xs.contains { containsAwait($0) }
        case .ifExp(let a, let b, let c): return containsAwait(a) || containsAwait(b) || containsAwait(c)
        case .yield(let x): return x.map { containsAwait($0) } == true
        }
    }
}
