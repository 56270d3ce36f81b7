// The instruction set. Names follow CPython 3.13's opcodes where the meaning
// matches, so `dis` can print them (LOAD_FAST, LOAD_DEREF, STORE_DEREF,
// LOAD_GLOBAL, MAKE_CELL, COPY_FREE_VARS, LOAD_CLOSURE, ...).

public enum Opcode: UInt8, CaseIterable {
    case nop
    /// Start of a source line: the trace hook's `line` event point. When no
    /// debugger is attached it costs one predictable branch.
    case traceLine
    case resume

    // Locals, cells, globals
    case loadConst, loadFast, storeFast, deleteFast, loadFastCheck
    case makeCell, copyFreeVars, loadClosure, loadDeref, storeDeref, deleteDeref
    case loadGlobal, storeGlobal, deleteGlobal
    case loadName, storeName, deleteName, loadFromDictOrDeref
    case loadAttr, storeAttr, deleteAttr, loadMethod
    case loadSuperAttr

    // Stack
    case popTop, copy, swap, pushNull

    // Operators: arg = BinaryOperator index / compare index
    case binaryOp, inplaceOp, unaryNegative, unaryPositive, unaryInvert, unaryNot
    case compareOp, isOp, containsOp
    case binarySubscr, storeSubscr, deleteSubscr, buildSlice, binarySlice, storeSlice

    // Control flow
    case jumpForward, jumpBackward, popJumpIfFalse, popJumpIfTrue, popJumpIfNone, popJumpIfNotNone
    case jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter, forIter, endFor

    // Builders
    case buildTuple, buildList, buildSet, buildMap, buildString
    case listAppend, setAdd, mapAdd, listExtend, setUpdate, dictUpdate, dictMerge, listToTuple
    case formatSimple, formatWithSpec, convertValue
    case unpackSequence, unpackEx

    // Functions and calls
    case makeFunction, call, callKw, callFunctionEx, returnValue, returnConst
    case loadBuildClass, setupAnnotations
    case yieldValue, getYieldFromIter, send, endSend, returnGenerator

    // Exceptions
    case raiseVarargs, reraise, pushExcInfo, popExcept, checkExcMatch, cleanupThrow
    case beforeWith, withExceptStart
    case loadAssertionError

    // Imports
    case importName, importFrom, importStar

    // match statements: MATCH_PATTERN i tests pattern i of the code object
    // (Compiler+Match.swift, VM+Match.swift).
    case matchPattern

    // async/await (Compiler+Async.swift, VM+Async.swift): GET_AWAITABLE,
    // GET_AITER, GET_ANEXT, CALL_INTRINSIC_1 ASYNC_GEN_WRAP,
    // BEFORE_ASYNC_WITH, END_ASYNC_FOR.
    case getAwaitable, getAiter, getAnext, asyncGenWrap, beforeAsyncWith, endAsyncFor

    // PEP 695 annotation scopes in a class body see the class's names:
    // LOAD_LOCALS (the class body stores its namespace in `__classdict__`),
    // then LOAD_DEREF __classdict__ and a lookup in that mapping before the
    // globals or the enclosing cell.
    case loadLocals, loadFromDictOrGlobals, loadFromMappingOrDeref
    // except* (Compiler+TryStar.swift, VM+ExceptionGroups.swift):
    // CHECK_EG_MATCH and CALL_INTRINSIC_2 PREP_RERAISE_STAR.
    case checkEgMatch, prepReraiseStar
}

/// One instruction: an opcode and a 32-bit argument (unused: 0).
/// IMPORT_NAME's argument: the name's index, whether the statement is a
/// `from` import (the module itself is wanted, not its top package) and the
/// relative level (`from ..pkg import x` is 2).
public enum ImportArg {
    public static let nameMask = (1 << 20) - 1
    public static let fromList = 1 << 20
    public static let levelShift = 21
}

public struct Instruction: Equatable {
    public var op: Opcode
    public var arg: Int32
    public init(_ op: Opcode, _ arg: Int32 = 0) {
        self.op = op
        self.arg = arg
    }
}

extension Opcode {
    /// CPython's spelling, for `dis`.
    public var cpythonName: String {
        switch self {
        case .traceLine: return "NOP"  // CPython has no such opcode; dis hides it
        case .loadFastCheck: return "LOAD_FAST_CHECK"
        case .loadFromDictOrDeref, .loadFromMappingOrDeref: return "LOAD_FROM_DICT_OR_DEREF"
        case .prepReraiseStar: return "CALL_INTRINSIC_2"
        default:
            var out = ""
            for ch in String(describing: self) {
                if ch.isUppercase { out += "_" }
                out += ch.uppercased()
            }
            return out
        }
    }
}
