// Expressions and name resolution.

enum NameAccessKind {
    case fast(Int)
    case deref(Int)
    /// A class body reading a free variable: namespace first, then the cell.
    case classDeref(Int)
    case global(Int)
    case name(Int)
}

extension Compiler {
    // MARK: Names

    func resolve(_ rawName: String) -> NameAccessKind {
        let name = mangled(rawName)
        for scope in unit.comprehensionScopes.reversed() {
            if let s = scope.fastSlots[name] { return .fast(s) }
            if let s = scope.cellSlots[name] { return .deref(s) }
        }
        // A comprehension inlined in a class body does not see class-level
        // names: they resolve as in the comprehension's own scope.
        if unit.table.kind == .classBody, let comp = unit.comprehensionScopes.last {
            switch comp.table.symbols[name] {
            case .globalImplicit?, .globalExplicit?: return .global(globals.slot(for: name))
            case .free?: if let i = unit.cellIndex[name] { return .deref(i) }
            default: break
            }
        }
        let table = unit.table
        switch table.scope(of: name) {
        case .local:
            if table.kind == .module || table.kind == .classBody { return table.kind == .module ? .global(globals.slot(for: name)) : .name(nameIndex(name)) }
            return .fast(unit.addVar(name))
        case .cell, .free:
            guard let i = unit.cellIndex[name] else { return .global(globals.slot(for: name)) }
            if table.kind == .classBody && table.symbols[name] == .free { return .classDeref(i) }
            return .deref(i)
        case .globalImplicit, .globalExplicit:
            return .global(globals.slot(for: name))
        case .name:
            if table.kind == .module { return .global(globals.slot(for: name)) }
            return .name(nameIndex(name))
        }
    }

    func loadName(_ name: String) throws {
        // An annotation scope in a class body looks in the class namespace
        // first (CPython's ste_can_see_class_scope).
        if unit.table.canSeeClassScope, name != "__classdict__", unit.comprehensionScopes.isEmpty,
           let dictCell = unit.cellIndex["__classdict__"] {
            switch (resolve(name), unit.table.scope(of: name)) {
            case (.global(let s), .globalImplicit):
                emit(.loadDeref, dictCell)
                emit(.loadFromDictOrGlobals, s)
                return
            case (.deref(let i), .free):
                emit(.loadDeref, dictCell)
                emit(.loadFromMappingOrDeref, i)
                return
            default: break
            }
        }
        switch resolve(name) {
        case .fast(let i): emit(.loadFast, i)
        case .deref(let i): emit(.loadDeref, i)
        case .classDeref(let i): emit(.loadFromDictOrDeref, i)
        case .global(let s): emit(.loadGlobal, s)
        case .name(let i): emit(.loadName, i)
        }
    }

    func storeName(_ name: String) throws {
        switch resolve(name) {
        case .fast(let i): emit(.storeFast, i)
        case .deref(let i), .classDeref(let i): emit(.storeDeref, i)
        case .global(let s): emit(.storeGlobal, s)
        case .name(let i): emit(.storeName, i)
        }
    }

    func deleteName(_ name: String) throws {
        switch resolve(name) {
        case .fast(let i): emit(.deleteFast, i)
        case .deref(let i), .classDeref(let i): emit(.deleteDeref, i)
        case .global(let s): emit(.deleteGlobal, s)
        case .name(let i): emit(.deleteName, i)
        }
    }

    // MARK: Expressions

    func compileExpr(_ e: Expr) throws {
        try withLocation(e.range) { try compileExprKind(e) }
    }

    private func compileExprKind(_ e: Expr) throws {
        // CPython's AST optimizer folds constant operations, subscripts and
        // tuples: one LOAD_CONST at the folded node's location.
        switch e.kind {
        case .unaryOp, .binOp, .tuple, .subscript:
            if let v = foldedConstant(e) { loadConst(v); return }
        default: break
        }
        switch e.kind {
        case .name(let n):
            if let f = TypeParamIntrinsic.function(named: n) { loadConst(f); return }
            try loadName(n)
        case .constant(let c):
            loadConst(try constantValue(c, e.range))
        case .joinedStr(let parts):
            var n = 0
            for p in parts {
                if case .constant(.string(let s)) = p.kind {
                    if s.isEmpty { continue }
                    // A literal piece is on its own line (after a `}` on a later line).
                    if p.range.line > 0 {
                        withLocation(p.range) { loadConst(.object(StringInterner.intern(s))) }
                    } else {
                        loadConst(.object(StringInterner.intern(s)))
                    }
                } else {
                    try compileExpr(p)
                }
                n += 1
            }
            if n == 0 { loadConst(.object(StringCache.empty)) } else if n > 1 { emit(.buildString, n) }
        case .formattedValue(let value, let conversion, let spec):
            try compileExpr(value)
            if let c = conversion {
                emit(.convertValue, c == "s" ? 1 : c == "r" ? 2 : 3)
            }
            if let s = spec {
                try compileExpr(s)
                emit(.formatWithSpec)
            } else {
                emit(.formatSimple)
            }
        case .tuple(let elts):
            // (A tuple of constants is folded above.)
            try compileStarredSequence(elts, tuple: true)
            if elts.contains(where: isStarred) || elts.count > Compiler.stackUseGuideline { emit(.listToTuple) }
        case .list(let elts) where elts.count > 2 && elts.allSatisfy({ foldedConstant($0) != nil }):
            // starunpack_helper: BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND,
            // all on the display's line.
            for x in elts { loadConst(foldedConstant(x)!) }
            emit(.buildList, elts.count)
        case .set(let elts) where elts.count > 2 && elts.allSatisfy({ foldedConstant($0) != nil }):
            for x in elts { loadConst(foldedConstant(x)!) }
            emit(.buildSet, elts.count)
        case .list(let elts):
            try compileStarredSequence(elts)
        case .set(let elts):
            try compileStarredSequence(elts, set: true)
        case .dict(let keys, let values):
            try compileDictDisplay(keys, values)
        case .starred:
            throw syntaxError("can't use starred expression here", e.range)
        case .attribute(let obj, let attr):
            try compileExpr(obj)
            withLocation(Compiler.attributeLocation(e.range, of: e.range, attr)) { emit(.loadAttr, nameIndex(mangled(attr))) }
        case .subscript(let obj, let index):
            try compileExpr(obj)
            try compileSubscriptIndex(index)
            emit(.binarySubscr)
        case .slice(let lower, let upper, let step):
            if let l = lower { try compileExpr(l) } else { loadConst(.none) }
            if let u = upper { try compileExpr(u) } else { loadConst(.none) }
            if let s = step { try compileExpr(s); emit(.buildSlice, 3) } else { emit(.buildSlice, 2) }
        case .call(let fn, let args, let keywords):
            try compileCall(fn, args, keywords, e.range)
        case .binOp(let l, let op, let r):
            // (A tuple of constants is a constant by then: no f-string.)
            if op == .mod, case .constant(.string(let fmt)) = l.kind, case .tuple(let items) = r.kind,
               foldedConstant(r) == nil, try compilePercentFormat(fmt, items) { return }
            try compileExpr(l)
            try compileExpr(r)
            emit(.binaryOp, BinaryOperator.allCasesOrdered.firstIndex(of: op) ?? 0)
        case .unaryOp(let op, let operand):
            try compileExpr(operand)
            switch op {
            case .not: emit(.unaryNot)
            case .uSub: emit(.unaryNegative)
            case .uAdd: emit(.unaryPositive)
            case .invert: emit(.unaryInvert)
            }
        case .boolOp(let op, let values):
            let end = newLabel()
            for (i, v) in values.enumerated() {
                try compileExpr(v)
                if i < values.count - 1 { emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end) }
            }
            bind(end)
        case .compare(let left, let ops, let comparators):
            try compileExpr(left)
            if ops.count == 1 {
                try compileComparator(comparators[0], ops[0])
                emitCompare(ops[0])
            } else {
                let cleanup = newLabel(), end = newLabel()
                for (i, (op, c)) in zip(ops, comparators).enumerated() {
                    if i < ops.count - 1 { try compileExpr(c) } else { try compileComparator(c, op) }
                    if i < ops.count - 1 {
                        emit(.swap, 2)
                        emit(.copy, 2)
                        emitCompare(op)
                        emitJump(.jumpIfFalseOrPop, cleanup)
                    } else {
                        emitCompare(op)
                    }
                }
                emitJump(.jumpForward, end)
                bind(cleanup)
                emit(.swap, 2)
                emit(.popTop)
                bind(end)
            }
        case .ifExp(let test, let body, let orelse):
            let elseLabel = newLabel(), end = newLabel()
            try compileJumpIf(test, elseLabel, cond: false)
            try compileExpr(body)
            emitJumpWithoutLocation(.jumpForward, end)
            bind(elseLabel)
            try compileExpr(orelse)
            bind(end)
        case .lambda(let l):
            try compileLambda(l, e.range)
        case .listComp(let c):
            try compileInlinedComprehension(c, kind: .list, e.range)
        case .setComp(let c):
            try compileInlinedComprehension(c, kind: .set, e.range)
        case .dictComp(let c):
            try compileInlinedComprehension(c, kind: .dict, e.range)
        case .generatorExp(let c):
            try compileGeneratorExpression(c, e.range)
        case .yield(let v):
            guard unit.table.kind == .function || unit.table.kind == .lambda || unit.table.kind == .generatorExpression else {
                throw syntaxError("'yield' outside function", e.range)
            }
            if let v = v { try compileExpr(v) } else { loadConst(.none) }
            // An async generator's values are told apart from what its
            // awaits pass through to the event loop.
            if unit.code.isAsyncGenerator { emit(.asyncGenWrap) }
            emit(.yieldValue)
        case .yieldFrom(let v):
            guard unit.table.kind == .function || unit.table.kind == .lambda else {
                throw syntaxError("'yield from' outside function", e.range)
            }
            if unit.table.isCoroutine { throw syntaxError("'yield from' inside async function", e.range) }
            try compileExpr(v)
            emit(.getYieldFromIter)
            emitAwaitLoop()
        case .await(let v):
            try compileAwait(v, e.range)
        case .namedExpr(let target, let value):
            try compileExpr(value)
            emit(.copy, 1)
            try storeNamedExprTarget(target)
        }
    }

    /// A walrus inside a comprehension binds in the enclosing scope.
    func storeNamedExprTarget(_ name: String) throws {
        let saved = unit.comprehensionScopes
        let m = mangled(name)
        unit.comprehensionScopes = saved.filter { $0.fastSlots[m] == nil && $0.cellSlots[m] == nil }
        defer { unit.comprehensionScopes = saved }
        try storeName(name)
    }

    func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    /// `[a, *b, c]` as a list built piecewise.
    /// LIST_EXTEND's flag: the list is a call's positional arguments, `f(*x)`.
    static let callStarFlag = 1 << 16

    /// CPython's starunpack_helper: the items before the first star go on
    /// the stack and are built into the list there (so its line comes after
    /// theirs); a list longer than STACK_USE_GUIDELINE starts empty.
    /// Without a star or length, a plain BUILD_LIST (BUILD_TUPLE for a
    /// `tuple` display that needs no list).
    func compileStarredSequence(_ elts: [Expr], set: Bool = false, tuple: Bool = false) throws {
        var built = false
        if elts.count > Compiler.stackUseGuideline { emit(set ? .buildSet : .buildList, 0); built = true }
        for (i, x) in elts.enumerated() {
            if case .starred(let inner) = x.kind {
                if !built { emit(set ? .buildSet : .buildList, i); built = true }
                try compileExpr(inner)
                emit(set ? .setUpdate : .listExtend, 1)
            } else {
                try compileExpr(x)
                if built { emit(set ? .setAdd : .listAppend, 1) }
            }
        }
        if !built { emit(set ? .buildSet : tuple ? .buildTuple : .buildList, elts.count) }
    }

    /// The last comparator of a comparison. After `in` / `not in`, CPython's
    /// AST optimizer (fold_compare, fold_iter) makes a list display a tuple
    /// and a display of constants one constant on the display's line.
    func compileComparator(_ e: Expr, _ op: CompareOperator) throws {
        guard op == .in || op == .notIn else { try compileExpr(e); return }
        switch e.kind {
        case .list(let elts) where !elts.contains(where: isStarred):
            try compileExpr(Expr(.tuple(elts), e.range))
        case .set(let elts) where !elts.isEmpty && foldedConstants(elts) != nil:
            // (A set, not a frozenset constant: the same membership test.)
            withLocation(e.range) {
                for v in foldedConstants(elts)! { loadConst(v) }
                emit(.buildSet, elts.count)
            }
        default:
            try compileExpr(e)
        }
    }

    func emitCompare(_ op: CompareOperator) {
        switch op {
        case .is: emit(.isOp, 0)
        case .isNot: emit(.isOp, 1)
        case .in: emit(.containsOp, 0)
        case .notIn: emit(.containsOp, 1)
        default: emit(.compareOp, CompareOperator.richOrdered.firstIndex(of: op) ?? 0)
        }
    }

    /// CPython's compiler_jump_if: jumps to `target` when `e` is `cond`,
    /// each jump at the location of the sub-expression it tests.
    func compileJumpIf(_ e: Expr, _ target: Label, cond: Bool) throws {
        switch e.kind {
        case .unaryOp(.not, let operand) where foldedConstant(e) == nil:
            try compileJumpIf(operand, target, cond: !cond)
            return
        case .boolOp(let op, let values):
            let cond2 = op == .or
            let next2 = cond2 != cond ? newLabel() : target
            for v in values.dropLast() { try compileJumpIf(v, next2, cond: cond2) }
            try compileJumpIf(values[values.count - 1], target, cond: cond)
            if next2.id != target.id { bind(next2) }
            return
        case .ifExp(let test, let body, let orelse):
            let end = newLabel(), next2 = newLabel()
            try compileJumpIf(test, next2, cond: false)
            try compileJumpIf(body, target, cond: cond)
            emitJumpWithoutLocation(.jumpForward, end)
            bind(next2)
            try compileJumpIf(orelse, target, cond: cond)
            bind(end)
            return
        case .compare(let left, let ops, let comparators) where ops.count > 1:
            try withLocation(e.range) {
                let cleanup = newLabel()
                try compileExpr(left)
                for i in 0..<(ops.count - 1) {
                    try compileExpr(comparators[i])
                    emit(.swap, 2)
                    emit(.copy, 2)
                    emitCompare(ops[i])
                    emitJump(.popJumpIfFalse, cleanup)
                }
                try compileComparator(comparators[ops.count - 1], ops[ops.count - 1])
                emitCompare(ops[ops.count - 1])
                emitJump(cond ? .popJumpIfTrue : .popJumpIfFalse, target)
                let end = newLabel()
                emitJumpWithoutLocation(.jumpForward, end)
                bind(cleanup)
                emit(.popTop)
                if !cond { emitJumpWithoutLocation(.jumpForward, target) }
                bind(end)
            }
            return
        default:
            break
        }
        try compileExpr(e)
        withLocation(e.range) { emitJump(cond ? .popJumpIfTrue : .popJumpIfFalse, target) }
    }

    /// CPython's update_start_location_to_match_attr: code of an attribute
    /// (the load, the store, a method's call) is placed on the line where the
    /// attribute's name is, when the expression starts on an earlier line.
    static func attributeLocation(_ loc: SourceRange, of attribute: SourceRange, _ attr: String) -> SourceRange {
        guard loc.line != attribute.endLine else { return loc }
        let end = max(attribute.endLine, loc.endLine)
        let column = max(0, attribute.endColumn - attr.count)
        return SourceRange(line: attribute.endLine, column: column, endLine: end,
                           endColumn: end == attribute.endLine ? max(column, loc.endColumn) : loc.endColumn)
    }

    /// A subscript's index; a two-element slice `x[a:b]` has no BUILD_SLICE
    /// in CPython (BINARY_SLICE on the subscript's line), so nothing of it
    /// reports the slice's own line.
    func compileSubscriptIndex(_ index: Expr) throws {
        guard case .slice(let lower, let upper, nil) = index.kind else { try compileExpr(index); return }
        try withLocation(index.range) {
            if let l = lower { try compileExpr(l) } else { loadConst(.none) }
            if let u = upper { try compileExpr(u) } else { loadConst(.none) }
        }
        let saved = (unit.currentLine, unit.currentRange)
        setLocation(line: 0, range: nil)
        emit(.buildSlice, 2)
        (unit.currentLine, unit.currentRange) = saved
    }

    /// CPython's compiler_dict/compiler_subdict: displays of more than 15
    /// items are built in chunks with MAP_ADD (on the display's line after
    /// each item); a chunk of constant keys evaluates only the values.
    func compileDictDisplay(_ keys: [Expr?], _ values: [Expr]) throws {
        let n = keys.count
        var haveDict = false, elements = 0
        func subdict(_ begin: Int, _ end: Int) throws {
            let m = end - begin
            let big = m * 2 > 30
            if m > 1 && !big && keys[begin..<end].allSatisfy({ foldedConstant($0!) != nil }) {
                // BUILD_CONST_KEY_MAP: the values, then the keys as one constant.
                for i in begin..<end {
                    try loadKeyWithoutLine(foldedConstant(keys[i]!)!, orAt: Compiler.firstEvaluatedRange(values[i]))
                    try compileExpr(values[i])
                }
                emit(.buildMap, m)
                return
            }
            if big { emit(.buildMap, 0) }
            for i in begin..<end {
                try compileExpr(keys[i]!)
                try compileExpr(values[i])
                if big { emit(.mapAdd, 1) }
            }
            if !big { emit(.buildMap, m) }
        }
        for i in 0..<n {
            if keys[i] == nil {
                // `**mapping`
                if elements > 0 {
                    try subdict(i - elements, i)
                    if haveDict { emit(.dictUpdate, 1) }
                    haveDict = true
                    elements = 0
                }
                if !haveDict { emit(.buildMap, 0); haveDict = true }
                try compileExpr(values[i])
                emit(.dictUpdate, 1)
            } else if elements * 2 > 30 {
                try subdict(i - elements, i + 1)
                if haveDict { emit(.dictUpdate, 1) }
                haveDict = true
                elements = 0
            } else {
                elements += 1
            }
        }
        if elements > 0 {
            try subdict(n - elements, n)
            if haveDict { emit(.dictUpdate, 1) }
            haveDict = true
        }
        if !haveDict { emit(.buildMap, 0) }
    }

    /// Where the code of `e` starts running: its first evaluated operand
    /// (a conditional expression runs its test first).
    static func firstEvaluatedRange(_ e: Expr) -> SourceRange {
        if foldedConstantShape(e) { return e.range }
        switch e.kind {
        case .ifExp(let test, _, _): return firstEvaluatedRange(test)
        case .binOp(let l, _, _): return firstEvaluatedRange(l)
        case .boolOp(_, let values) where !values.isEmpty: return firstEvaluatedRange(values[0])
        case .compare(let l, _, _): return firstEvaluatedRange(l)
        default: return e.range
        }
    }

    /// A constant operation is one load at its own location.
    static func foldedConstantShape(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant: return true
        case .binOp(let l, _, let r): return foldedConstantShape(l) && foldedConstantShape(r)
        default: return false
        }
    }

    /// A constant key of BUILD_CONST_KEY_MAP, loaded here before its value
    /// though CPython loads the keys after all the values: it has no line of
    /// its own (it runs on the line before it), unless it would start a
    /// block, where it takes its value's location.
    func loadKeyWithoutLine(_ key: Value, orAt range: SourceRange) throws {
        let here = code.instructions.count
        if unit.labelTargets.values.contains(here) {
            withLocation(range) { loadConst(key) }
            return
        }
        let saved = (unit.currentLine, unit.currentRange)
        setLocation(line: 0, range: nil)
        loadConst(key)
        (unit.currentLine, unit.currentRange) = saved
    }

    /// The value of a constant expression after CPython's AST optimizer
    /// (ConstantFolding.swift); nil when it is not folded.
    func foldedConstant(_ e: Expr) -> Value? { Compiler.fold(e) }

    /// fold_binop on two ints, within CPython's limits (MAX_INT_SIZE of
    /// 128 bits for *, ** and <<) and this Int's: nil when not folded.
    static func foldIntOperation(_ x: Int, _ op: BinaryOperator, _ y: Int) -> Value? {
        func bits(_ v: Int) -> Int { v == 0 ? 0 : Int.bitWidth - v.magnitude.leadingZeroBitCount }
        let r: (Int, Bool)
        switch op {
        case .add: r = x.addingReportingOverflow(y)
        case .sub: r = x.subtractingReportingOverflow(y)
        case .mult: r = x.multipliedReportingOverflow(by: y)
        case .bitOr: return .int(x | y)
        case .bitAnd: return .int(x & y)
        case .bitXor: return .int(x ^ y)
        case .floorDiv, .mod:
            guard y != 0, !(x == Int.min && y == -1) else { return nil }
            var q = x / y, m = x % y
            if m != 0 && (m < 0) != (y < 0) { q -= 1; m += y }
            return .int(op == .mod ? m : q)
        case .div:
            guard y != 0 else { return nil }
            return .float(Double(x) / Double(y))
        case .lShift:
            guard y >= 0 else { return nil }
            if x == 0 || y == 0 { return .int(x) }
            guard y <= 128, bits(x) <= 128 - y, bits(x) + y < Int.bitWidth else { return nil }
            return .int(x << y)
        case .rShift:
            guard y >= 0 else { return nil }
            return .int(y >= Int.bitWidth ? (x < 0 ? -1 : 0) : x >> y)
        case .pow:
            guard y >= 0 else { return nil }
            if x == 0 { return .int(y == 0 ? 1 : 0) }
            if y > 0 && bits(x) > 128 / y { return nil }
            var acc = 1, overflow = false
            for _ in 0..<y where !overflow {
                (acc, overflow) = acc.multipliedReportingOverflow(by: x)
            }
            return overflow ? nil : .int(acc)
        case .matMult: return nil
        }
        return r.1 ? nil : .int(r.0)
    }

    func compileCondition(_ test: Expr, jumpIfFalse target: Label) throws {
        try compileExpr(test)
        emitJump(.popJumpIfFalse, target)
    }

    func compileCondition(_ test: Expr, jumpIfTrue target: Label) throws {
        try compileExpr(test)
        emitJump(.popJumpIfTrue, target)
    }

    func constantValue(_ c: Constant, _ range: SourceRange) throws -> Value {
        switch c {
        case .none: return .none
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .ellipsis: return .object(BuiltinTypes.ellipsis)
        case .int(let i): return .int(i)
        case .bigInt(let digits):
            guard let b = BigInt(digits, radix: 10) else { throw syntaxError("invalid integer literal", range) }
            return .bigInt(b)
        case .float(let d): return .float(d)
        case .imaginary(let d): return .object(PyComplex(0, d))
        case .string(let s):
            return .object(StringInterner.shouldIntern(s) ? StringInterner.intern(s) : PyStr(s))
        case .bytes(let b):
            return .object(PyBytes(b))
        }
    }
}
