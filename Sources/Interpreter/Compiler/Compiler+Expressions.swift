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
        // CPython's AST optimizer folds constant operations and tuples: one
        // LOAD_CONST at the folded node's location.
        switch e.kind {
        case .unaryOp, .binOp, .tuple:
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
                    loadConst(.object(StringInterner.intern(s)))
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
            if elts.contains(where: isStarred) {
                try compileStarredSequence(elts)
                emit(.listToTuple)
            } else {
                for x in elts { try compileExpr(x) }
                emit(.buildTuple, elts.count)
            }
        case .list(let elts) where elts.count > 2 && elts.allSatisfy({ foldedConstant($0) != nil }):
            // starunpack_helper: BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND,
            // all on the display's line.
            for x in elts { loadConst(foldedConstant(x)!) }
            emit(.buildList, elts.count)
        case .set(let elts) where elts.count > 2 && elts.allSatisfy({ foldedConstant($0) != nil }):
            for x in elts { loadConst(foldedConstant(x)!) }
            emit(.buildSet, elts.count)
        case .list(let elts):
            if elts.contains(where: isStarred) {
                try compileStarredSequence(elts)
            } else {
                for x in elts { try compileExpr(x) }
                emit(.buildList, elts.count)
            }
        case .set(let elts):
            if elts.contains(where: isStarred) {
                emit(.buildSet, 0)
                for x in elts {
                    if case .starred(let inner) = x.kind { try compileExpr(inner); emit(.setUpdate, 1) } else { try compileExpr(x); emit(.setAdd, 1) }
                }
            } else {
                for x in elts { try compileExpr(x) }
                emit(.buildSet, elts.count)
            }
        case .dict(let keys, let values):
            if keys.contains(where: { $0 == nil }) {
                emit(.buildMap, 0)
                for (k, v) in zip(keys, values) {
                    if let k = k {
                        try compileExpr(k)
                        try compileExpr(v)
                        emit(.mapAdd, 1)
                    } else {
                        try compileExpr(v)
                        emit(.dictUpdate, 1)
                    }
                }
            } else {
                try compileDictDisplay(keys.map { $0! }, values)
            }
        case .starred:
            throw syntaxError("can't use starred expression here", e.range)
        case .attribute(let obj, let attr):
            try compileExpr(obj)
            emit(.loadAttr, nameIndex(mangled(attr)))
        case .subscript(let obj, let index):
            try compileExpr(obj)
            try compileExpr(index)
            emit(.binarySubscr)
        case .slice(let lower, let upper, let step):
            if let l = lower { try compileExpr(l) } else { loadConst(.none) }
            if let u = upper { try compileExpr(u) } else { loadConst(.none) }
            if let s = step { try compileExpr(s); emit(.buildSlice, 3) } else { emit(.buildSlice, 2) }
        case .call(let fn, let args, let keywords):
            try compileCall(fn, args, keywords, e.range)
        case .binOp(let l, let op, let r):
            if op == .mod, case .constant(.string(let fmt)) = l.kind, case .tuple(let items) = r.kind,
               try compilePercentFormat(fmt, items) { return }
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
                try compileExpr(comparators[0])
                emitCompare(ops[0])
            } else {
                let cleanup = newLabel(), end = newLabel()
                for (i, (op, c)) in zip(ops, comparators).enumerated() {
                    try compileExpr(c)
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

    func compileStarredSequence(_ elts: [Expr]) throws {
        emit(.buildList, 0)
        for x in elts {
            if case .starred(let inner) = x.kind {
                try compileExpr(inner)
                emit(.listExtend, 1)
            } else {
                try compileExpr(x)
                emit(.listAppend, 1)
            }
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
                try compileExpr(comparators[ops.count - 1])
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

    /// CPython's compiler_dict/compiler_subdict: displays of more than 15
    /// items are built in chunks with MAP_ADD (on the display's line after
    /// each item); a chunk of constant keys evaluates only the values.
    func compileDictDisplay(_ keys: [Expr], _ values: [Expr]) throws {
        let n = keys.count
        var haveDict = false, elements = 0
        func subdict(_ begin: Int, _ end: Int) throws {
            let m = end - begin
            let big = m * 2 > 30
            if m > 1 && !big && keys[begin..<end].allSatisfy({ foldedConstant($0) != nil }) {
                // BUILD_CONST_KEY_MAP: the values, then the keys as one constant.
                for i in begin..<end {
                    try withLocation(values[i].range) { loadConst(foldedConstant(keys[i])!) }
                    try compileExpr(values[i])
                }
                emit(.buildMap, m)
                return
            }
            if big { emit(.buildMap, 0) }
            for i in begin..<end {
                try compileExpr(keys[i])
                try compileExpr(values[i])
                if big { emit(.mapAdd, 1) }
            }
            if !big { emit(.buildMap, m) }
        }
        for i in 0..<n {
            if elements * 2 > 30 {
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

    /// The value of a constant expression after CPython's AST optimizer
    /// (ast_opt.c): constants, unary and binary operations on numbers, and
    /// tuples of constants. nil when it is not folded.
    func foldedConstant(_ e: Expr) -> Value? {
        switch e.kind {
        case .constant(let c):
            if case .imaginary = c { return nil }
            return try? constantValue(c, e.range)
        case .unaryOp(let op, let operand):
            guard let v = foldedConstant(operand) else { return nil }
            switch (op, v) {
            case (.uSub, .int(let i)):
                let (r, o) = (0).subtractingReportingOverflow(i)
                return o ? nil : .int(r)
            case (.uSub, .float(let d)): return .float(-d)
            case (.uAdd, .int), (.uAdd, .float): return v
            case (.invert, .int(let i)): return .int(~i)
            case (.not, .bool(let b)): return .bool(!b)
            case (.not, .int(let i)): return .bool(i == 0)
            case (.not, .none): return .bool(true)
            default: return nil
            }
        case .binOp(let l, let op, let r):
            guard let a = foldedConstant(l), let b = foldedConstant(r) else { return nil }
            switch (a, b) {
            case (.int(let x), .int(let y)):
                let res: (Int, Bool)
                switch op {
                case .add: res = x.addingReportingOverflow(y)
                case .sub: res = x.subtractingReportingOverflow(y)
                case .mult: res = x.multipliedReportingOverflow(by: y)
                default: return nil
                }
                return res.1 ? nil : .int(res.0)
            case (.float, _), (_, .float):
                func d(_ v: Value) -> Double? {
                    switch v { case .int(let i): return Double(i); case .float(let f): return f; default: return nil }
                }
                guard let x = d(a), let y = d(b) else { return nil }
                switch op {
                case .add: return .float(x + y)
                case .sub: return .float(x - y)
                case .mult: return .float(x * y)
                default: return nil
                }
            default: return nil
            }
        case .tuple(let elts):
            var vs: [Value] = []
            for x in elts {
                guard let v = foldedConstant(x) else { return nil }
                vs.append(v)
            }
            return .object(PyTuple(vs))
        default:
            return nil
        }
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

    // MARK: Calls

    func compileCall(_ fn: Expr, _ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) throws {
        let hasStar = args.contains(where: isStarred) || keywords.contains(where: { $0.name == nil })
        if hasStar {
            try compileExpr(fn)
            code.calleeLoads.insert(code.instructions.count - 1)
            // Positional arguments as one tuple.
            if args.count == 1, case .starred(let inner) = args[0].kind {
                // f(*x): an x that is not iterable is reported against f, as
                // CPython's CALL_FUNCTION_EX does (LIST_EXTEND's flag bit)
                emit(.buildList, 0)
                try compileExpr(inner)
                emit(.listExtend, 1 | Compiler.callStarFlag)
                emit(.listToTuple)
            } else if args.contains(where: isStarred) {
                try compileStarredSequence(args)
                emit(.listToTuple)
            } else {
                for a in args { try compileExpr(a) }
                emit(.buildTuple, args.count)
            }
            if keywords.isEmpty {
                setLocation(line: range.line, range: range)
                emit(.callFunctionEx, 0)
                return
            }
            emit(.buildMap, 0)
            for k in keywords {
                if let name = k.name {
                    loadConst(.str(name))
                    try compileExpr(k.value)
                    emit(.mapAdd, 1)
                } else {
                    try compileExpr(k.value)
                    emit(.dictMerge, 1)
                }
            }
            emit(.callFunctionEx, 1)
            return
        }
        if keywords.isEmpty, case .attribute(let obj, let attr) = fn.kind {
            try compileExpr(obj)
            try withLocation(fn.range) { emit(.loadMethod, nameIndex(mangled(attr))) }
            for a in args { try compileExpr(a) }
            emit(.call, args.count | (1 << 16))
            return
        }
        try compileExpr(fn)
        code.calleeLoads.insert(code.instructions.count - 1)
        for a in args { try compileExpr(a) }
        if keywords.isEmpty {
            emit(.call, args.count)
            return
        }
        for k in keywords { try compileExpr(k.value) }
        let names = keywords.map { Value.str($0.name ?? "") }
        loadConst(.object(PyTuple(names)))
        emit(.callKw, args.count + keywords.count)
    }
}
