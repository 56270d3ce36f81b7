// Calls, with the source locations CPython 3.13's codegen gives each part
// (compiler_call, maybe_optimize_method_call, compiler_call_helper): they
// decide the `line` events of a call spread over several lines.

extension Compiler {
    /// CPython's STACK_USE_GUIDELINE: longer argument lists are built
    /// piecewise.
    static let stackUseGuideline = 30

    func compileCall(_ fn: Expr, _ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) throws {
        let starArgs = args.contains(where: isStarred)
        let doubleStar = keywords.contains(where: { $0.name == nil })
        if case .attribute(let obj, let attr) = fn.kind, !starArgs, !doubleStar,
           args.count + keywords.count + (keywords.isEmpty ? 0 : 1) < Compiler.stackUseGuideline,
           !isImportOriginated(obj) {
            // A method call: the method's load and the CALL are on the
            // attribute's line, the arguments on their own.
            try compileExpr(obj)
            let methodLoc = Compiler.attributeLocation(fn.range, of: fn.range, attr)
            let callLoc = Compiler.attributeLocation(range, of: fn.range, attr)
            if keywords.isEmpty {
                withLocation(methodLoc) { emit(.loadMethod, nameIndex(mangled(attr))) }
                for a in args { try compileExpr(a) }
                withLocation(callLoc) { emit(.call, args.count | (1 << 16)) }
            } else {
                // (No method form of CALL_KW here: the bound method is loaded.)
                withLocation(methodLoc) { emit(.loadAttr, nameIndex(mangled(attr))) }
                for a in args { try compileExpr(a) }
                for k in keywords { try compileExpr(k.value) }
                withLocation(methodLoc) { loadConst(.object(PyTuple(keywords.map { .str($0.name ?? "") }))) }
                withLocation(callLoc) { emit(.callKw, args.count + keywords.count) }
            }
            return
        }
        try compileExpr(fn)
        code.calleeLoads.insert(code.instructions.count - 1)
        if case .attribute = fn.kind, fn.range.line != fn.range.endLine {
            // PUSH_NULL, on the line where the callee starts.
            withLocation(fn.range) { emit(.nop) }
        }
        let tooMany = args.count + keywords.count * 2 > Compiler.stackUseGuideline
        if !starArgs && !doubleStar && !tooMany {
            for a in args { try compileExpr(a) }
            if keywords.isEmpty {
                emit(.call, args.count)
                return
            }
            for k in keywords { try compileExpr(k.value) }
            loadConst(.object(PyTuple(keywords.map { .str($0.name ?? "") })))
            emit(.callKw, args.count + keywords.count)
            return
        }
        // CALL_FUNCTION_EX: positional arguments as one tuple.
        if args.count == 1, case .starred(let inner) = args[0].kind {
            // f(*x): x itself, which CALL_FUNCTION_EX makes a tuple (so no
            // code of the call's line runs between x and the keywords).
            try compileExpr(inner)
        } else if starArgs || args.count > Compiler.stackUseGuideline {
            try compileStarredSequence(args)
            emit(.listToTuple)
        } else if args.count > 2, let folded = foldedConstants(args) {
            loadConst(.object(PyTuple(folded)))
        } else {
            for a in args { try compileExpr(a) }
            emit(.buildTuple, args.count)
        }
        if keywords.isEmpty {
            emit(.callFunctionEx, 0)
            return
        }
        // Keyword arguments as one dict (compiler_subkwargs for each run of
        // named ones, DICT_MERGE for each **mapping).
        var haveDict = false
        var run: [Keyword] = []
        func flushRun() throws {
            guard !run.isEmpty else { return }
            let big = run.count * 2 > Compiler.stackUseGuideline
            if run.count > 1 && !big {
                for k in run {
                    try loadKeyWithoutLine(.str(k.name ?? ""), orAt: k.value.range)
                    try compileExpr(k.value)
                }
                emit(.buildMap, run.count)
            } else {
                if big { emit(.buildMap, 0) }
                for k in run {
                    loadConst(.str(k.name ?? ""))
                    try compileExpr(k.value)
                    if big { emit(.mapAdd, 1) }
                }
                if !big { emit(.buildMap, run.count) }
            }
            if haveDict { emit(.dictMerge, 1) }
            haveDict = true
            run = []
        }
        for k in keywords {
            if k.name != nil { run.append(k); continue }
            try flushRun()
            if !haveDict { emit(.buildMap, 0); haveDict = true }
            try compileExpr(k.value)
            emit(.dictMerge, 1)
        }
        try flushRun()
        emit(.callFunctionEx, 1)
    }

    /// CPython's is_import_originated: a method call on a name the module
    /// binds by `import` is compiled as a plain call.
    func isImportOriginated(_ e: Expr) -> Bool {
        guard case .name(let n) = e.kind else { return false }
        return analysis.module.flags[n]?.contains(.defImport) ?? false
    }

    /// The values of `elts` when all are constants (are_all_items_const).
    func foldedConstants(_ elts: [Expr]) -> [Value]? {
        var vs: [Value] = []
        for x in elts {
            guard let v = foldedConstant(x) else { return nil }
            vs.append(v)
        }
        return vs
    }
}
