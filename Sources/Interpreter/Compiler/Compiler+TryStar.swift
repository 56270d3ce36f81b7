// try/except* (PEP 654), laid out as CPython 3.13's compiler_try_star_except:
// each handler takes the part of the group its type matches (CHECK_EG_MATCH)
// and leaves the rest to the next one; what the handlers raise and the part
// none of them matched are collected in a list that CALL_INTRINSIC_2
// PREP_RERAISE_STAR turns into the one exception to re-raise (or None).

extension Compiler {
    func compileTryStarExcept(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], _ range: SourceRange) throws {
        let handlerLabel = newLabel(), end = newLabel(), elseLabel = newLabel()
        setLocation(line: range.line, range: range)
        emit(.nop)
        let depth = unit.blockDepth
        let region = beginRegion(handler: handlerLabel, depth: depth)
        unit.blocks.append(.exceptRegion(region: region))
        try compileBody(body)
        unit.blocks.removeLast()
        endRegion(region)
        setLocation(line: 0, range: nil)
        emitJump(.jumpForward, elseLabel)

        bind(handlerLabel)
        setLocation(line: 0, range: nil)
        emit(.pushExcInfo)
        // [prev, exc]; anything raised outside a handler's body restores prev.
        let cleanup = newLabel(), reraiseStar = newLabel(), reraise = newLabel()
        let cleanupRegion = beginRegion(handler: cleanup, depth: depth + 1, pushLasti: true)
        for (i, h) in handlers.enumerated() {
            let noMatch = newLabel(), cleanupEnd = newLabel(), exceptWithError = newLabel()
            setLocation(line: h.range.line, range: h.range)
            if i == 0 {
                // [prev, orig, [], exc]: the list collects what is left to raise.
                emit(.buildList, 0)
                emit(.copy, 2)
            }
            if let t = h.type {
                try compileExpr(t)
                setLocation(line: h.range.line, range: h.range)
                emit(.checkEgMatch)  // [.., rest, match]
                emit(.copy, 1)
                emitJump(.popJumpIfNone, noMatch)
            }
            if let n = h.name { try storeName(n) } else { emit(.popTop) }
            // [prev, orig, list, rest]: what the body raises goes in the list.
            let bodyRegion = beginRegion(handler: cleanupEnd, depth: depth + 4, pushLasti: true)
            unit.blocks.append(.exceptionGroupHandler)
            unit.blockDepth = depth + 4
            try compileBody(h.body)
            unit.blockDepth = depth
            unit.blocks.removeLast()
            endRegion(bodyRegion)
            setLocation(line: 0, range: nil)
            if let n = h.name {
                loadConst(.none)
                try storeName(n)
                try deleteName(n)
            }
            emitJump(.jumpForward, exceptWithError)
            bindWithoutTracePoint(cleanupEnd)
            // [prev, orig, list, rest, lasti, raised]
            if let n = h.name {
                loadConst(.none)
                try storeName(n)
                try deleteName(n)
            }
            emit(.listAppend, 3)
            emit(.popTop)
            emitJump(.jumpForward, exceptWithError)
            bind(noMatch)
            setLocation(line: h.range.line, range: h.range)
            emit(.popTop)  // the match: None
            bind(exceptWithError)
            if i == handlers.count - 1 {
                setLocation(line: 0, range: nil)
                emit(.listAppend, 1)  // the unmatched rest (or None)
                emitJump(.jumpForward, reraiseStar)
            }
        }
        bind(reraiseStar)
        setLocation(line: 0, range: nil)
        emit(.prepReraiseStar)  // [prev, orig, list] -> [prev, exc or None]
        emit(.copy, 1)
        emitJump(.popJumpIfNotNone, reraise)
        emit(.popTop)
        endRegion(cleanupRegion)
        emit(.popExcept)
        emitJump(.jumpForward, end)
        bindWithoutTracePoint(reraise)
        emit(.swap, 2)
        emit(.popExcept)
        emit(.reraise)
        bindWithoutTracePoint(cleanup)
        // [prev, lasti, exc]: restore prev and propagate exc from lasti.
        emit(.swap, 3)
        emit(.popExcept)
        emit(.swap, 2)
        emit(.reraise, 1)
        bind(elseLabel)
        try compileBody(orelse)
        bind(end)
    }

    /// CPython's compiler_unwind_fblock_stack: leaving an except* body by
    /// break, continue or return is refused (the group's other parts would
    /// be lost), even when the loop or function is outside the try.
    func refuseExitFromExceptStar(downTo level: Int, _ range: SourceRange) throws {
        var i = unit.blocks.count - 1
        while i >= level {
            if case .exceptionGroupHandler = unit.blocks[i] {
                throw syntaxError(SymbolTableBuilder.exceptStarExit, range)
            }
            i -= 1
        }
    }
}
