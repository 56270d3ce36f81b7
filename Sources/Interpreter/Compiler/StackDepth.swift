// The maximum value-stack depth of a code object, by data flow over the
// instructions (CPython's stackdepth()). Frames allocate exactly this much.

enum StackDepth {
    /// Stack effect of `ins` when it falls through (jump: false) or jumps.
    static func effect(_ ins: Instruction, jump: Bool) -> Int {
        let arg = Int(ins.arg)
        switch ins.op {
        case .nop, .traceLine, .resume, .makeCell, .copyFreeVars, .deleteFast, .deleteDeref, .deleteGlobal, .deleteName,
             .loadAttr, .swap, .unaryNegative, .unaryPositive, .unaryInvert, .unaryNot, .getIter, .listToTuple,
             .formatSimple, .convertValue, .setupAnnotations, .yieldValue, .getYieldFromIter, .returnGenerator,
             .checkExcMatch, .jumpForward, .jumpBackward, .returnConst, .cleanupThrow, .loadSuperAttr,
             .getAwaitable, .getAiter, .asyncGenWrap, .loadFromDictOrGlobals, .loadFromMappingOrDeref, .checkEgMatch:
            return 0
        case .getAnext, .beforeAsyncWith:
            return 1
        case .endAsyncFor:
            return -2
        case .loadConst, .loadFast, .loadFastCheck, .loadClosure, .loadDeref, .loadGlobal, .loadName, .loadFromDictOrDeref,
             .loadBuildClass, .loadAssertionError, .pushNull, .copy, .loadMethod, .pushExcInfo, .beforeWith,
             .withExceptStart, .importName, .importFrom, .loadLocals:
            return 1
        case .storeFast, .storeDeref, .storeGlobal, .storeName, .deleteAttr, .popTop, .binaryOp, .inplaceOp,
             .compareOp, .isOp, .containsOp, .binarySubscr, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone,
             .popJumpIfNotNone, .endFor, .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge,
             .formatWithSpec, .returnValue, .endSend, .reraise, .popExcept, .importStar, .matchPattern, .prepReraiseStar:
            return -1
        case .storeAttr, .deleteSubscr, .mapAdd:
            return -2
        case .storeSubscr:
            return -3
        case .binarySlice: return -2
        case .storeSlice: return -4
        case .buildSlice: return 1 - arg
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return jump ? 0 : -1
        case .forIter: return jump ? -1 : 1
        case .send: return 0
        case .buildTuple, .buildList, .buildSet, .buildString: return 1 - arg
        case .buildMap: return 1 - 2 * arg
        case .unpackSequence: return arg - 1
        case .unpackEx: return (arg & 0xff) + (arg >> 8)
        case .makeFunction: return -(arg & 1) - ((arg >> 1) & 1) - ((arg >> 2) & 1) - ((arg >> 3) & 1)
        case .call:
            let argc = arg & 0xffff
            return (arg >> 16) != 0 ? -(argc + 1) : -argc
        case .callKw: return -(arg + 1)
        case .callFunctionEx: return -(1 + (arg & 1))
        case .raiseVarargs: return -arg
        }
    }

    static func isTerminal(_ op: Opcode) -> Bool {
        switch op {
        case .returnValue, .returnConst, .raiseVarargs, .reraise, .jumpForward, .jumpBackward: return true
        default: return false
        }
    }

    static func isJump(_ op: Opcode) -> Bool {
        switch op {
        case .jumpForward, .jumpBackward, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone,
             .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send:
            return true
        default: return false
        }
    }

    static func compute(_ code: CodeObject) -> Int {
        let ins = code.instructions
        if ins.isEmpty { return 1 }
        var depthAt = [Int](repeating: -1, count: ins.count + 1)
        var work: [Int] = [0]
        depthAt[0] = 0
        var maxDepth = 0
        for e in code.exceptionTable where e.target < depthAt.count && e.depth >= 0 {
            let d = e.depth + 1 + (e.pushLasti ? 1 : 0)
            if depthAt[e.target] < d {
                depthAt[e.target] = d
                work.append(e.target)
            }
        }
        func propagate() {
            while let start = work.popLast() {
                var i = start
                var d = depthAt[i]
                while i < ins.count {
                    let op = ins[i].op
                    if isJump(op) {
                        let t = Int(ins[i].arg) & ~Compiler.noLocationFlag
                        let dj = d + effect(ins[i], jump: true)
                        maxDepth = max(maxDepth, dj, d)
                        if t < depthAt.count && depthAt[t] < dj {
                            depthAt[t] = dj
                            work.append(t)
                        }
                    }
                    if isTerminal(op) { break }
                    d += effect(ins[i], jump: false)
                    maxDepth = max(maxDepth, d)
                    i += 1
                    if i < depthAt.count {
                        if depthAt[i] >= d { break }
                        depthAt[i] = d
                    }
                }
            }
        }
        propagate()
        // A handler of depth -1 keeps the stack of its first instruction less
        // one item: CLEANUP_THROW around the YIELD_VALUE of a `yield from` or
        // `await` (Compiler+Async.swift), whose stack is known only now.
        var seeded = false
        for k in code.exceptionTable.indices where code.exceptionTable[k].depth < 0 {
            let e = code.exceptionTable[k]
            guard e.start < depthAt.count, depthAt[e.start] > 0, e.target < depthAt.count else {
                code.exceptionTable[k].depth = 0
                continue
            }
            code.exceptionTable[k].depth = depthAt[e.start] - 1
            let d = depthAt[e.start]
            if depthAt[e.target] < d {
                depthAt[e.target] = d
                work.append(e.target)
                seeded = true
            }
        }
        if seeded { propagate() }
        return maxDepth + 2
    }
}
