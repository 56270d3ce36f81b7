// PEP 695 type parameters, compiled as CPython 3.13 does: `def f[T](...)`
// and `class C[T]:` run inside an annotation scope, a function named
// `<generic parameters of f>` that makes the TypeVars, defines f (or C) and
// returns it; the trace shows that call. `type X = v` makes a
// typing.TypeAliasType whose value is a function named X, run when
// `X.__value__` is first asked; `type X[T] = v` does so in a function named
// `<generic parameters of X>` (Parser+Statements.swift builds both).
// The TypeVars come from the `typing` module through the helpers below.

extension Compiler {
    func compileGenericFunctionDef(_ f: FunctionDef, _ range: SourceRange) throws {
        for d in f.decorators { try compileExpr(d) }
        setLocation(line: f.defLine, range: range)
        let table = analysis.table(-f.scopeID)
        let firstLine = f.decorators.first?.range.line ?? f.defLine
        let code = CodeObject(name: "<generic parameters of \(f.name)>", qualname: table.qualname, filename: filename,
                              kind: .function, firstLineNumber: firstLine)
        pushUnit(CompileUnit(code: code, table: table))
        setLocation(line: f.defLine, range: range)
        try emitTypeParams(f.typeParams)
        var inner = f
        inner.decorators = []
        inner.typeParams = []
        try compileFunctionDef(inner, range, store: false, firstLine: firstLine)
        // [f] -> f.__type_params__ = (T, ...)
        emit(.copy, 1)
        for p in f.typeParams { try loadName(p.name) }
        emit(.buildTuple, f.typeParams.count)
        emit(.swap, 2)
        emit(.storeAttr, nameIndex("__type_params__"))
        emit(.returnValue)
        let scopeCode = popUnit()
        setLocation(line: f.defLine, range: range)
        try emitMakeFunction(scopeCode, flags: 0)
        emit(.call, 0)
        for d in f.decorators.reversed() {
            try withLocation(d.range) { emit(.call, 1) }
        }
        setLocation(line: f.defLine, range: range)
        try storeName(f.name)
    }

    func compileGenericClassDef(_ c: ClassDef, _ range: SourceRange) throws {
        for d in c.decorators { try compileExpr(d) }
        setLocation(line: c.defLine, range: range)
        let table = analysis.table(-c.scopeID)
        let code = CodeObject(name: "<generic parameters of \(c.name)>", qualname: table.qualname, filename: filename,
                              kind: .function, firstLineNumber: c.decorators.first?.range.line ?? c.defLine)
        pushUnit(CompileUnit(code: code, table: table))
        setLocation(line: c.defLine, range: range)
        try emitTypeParams(c.typeParams)
        for p in c.typeParams { try loadName(p.name) }
        emit(.buildTuple, c.typeParams.count)
        try storeName(".type_params")
        loadConst(TypeParamIntrinsic.genericValue)
        try loadName(".type_params")
        emit(.call, 1)
        try storeName(".generic_base")
        var inner = c
        inner.decorators = []
        inner.typeParams = []
        inner.bases.append(Expr(.name(".generic_base"), range))
        try compileClassDef(inner, range, store: false, firstLine: c.decorators.first?.range.line)
        emit(.returnValue)
        let scopeCode = popUnit()
        setLocation(line: c.defLine, range: range)
        try emitMakeFunction(scopeCode, flags: 0)
        emit(.call, 0)
        for d in c.decorators.reversed() {
            try withLocation(d.range) { emit(.call, 1) }
        }
        setLocation(line: c.defLine, range: range)
        try storeName(c.name)
    }

    /// T = TypeVar("T", infer_variance=True) (a bound evaluated at once), one
    /// per parameter, in the current (annotation) scope.
    func emitTypeParams(_ params: [TypeParam]) throws {
        for p in params {
            loadConst(TypeParamIntrinsic.typeVarValue)
            loadConst(.str(p.name))
            loadConst(.int(p.kind == .typeVar ? 0 : p.kind == .typeVarTuple ? 1 : 2))
            if let b = p.bound {
                try compileExpr(b)
                emit(.call, 3)
            } else {
                emit(.call, 2)
            }
            try storeName(p.name)
        }
    }
}

/// The helpers PEP 695 code calls: not names a program can reach (the
/// parser's desugared `type` statement names them with a \u{1} prefix the
/// compiler turns into these constants).
enum TypeParamIntrinsic {
    static let prefix = "\u{1}"
    static let typeVar = "\u{1}typevar"
    static let typeAlias = "\u{1}typealias"

    static func function(named n: String) -> Value? {
        guard n.hasPrefix(prefix) else { return nil }
        switch n {
        case typeVar: return typeVarValue
        case typeAlias: return typeAliasValue
        default: return nil
        }
    }

    /// typing.<name>(args...) through the library's typing module.
    static func typing(_ vm: VM, _ name: String, _ args: [Value], _ kw: KwArgs = []) throws -> Value {
        return try vm.call(try vm.getAttribute(try libraryModule(vm, "typing"), name), args, kw)
    }

    /// A library module, imported as `from M import ...` would.
    static func libraryModule(_ vm: VM, _ name: String) throws -> Value {
        guard let frame = vm.currentFrame else { return try vm.importModule(name) }
        return try vm.importName(name, flags: ImportArg.fromList, in: frame)
    }

    /// (name, kind[, bound]): kind 0 TypeVar, 1 TypeVarTuple, 2 ParamSpec.
    nonisolated(unsafe) static let typeVarValue: Value = .object(PyBuiltinFunction(name: "TypeVar") { vm, args, _ in
        guard args.count >= 2, case .int(let kind) = args[1] else { return .none }
        switch kind {
        case 1: return try typing(vm, "TypeVarTuple", [args[0]])
        case 2: return try typing(vm, "ParamSpec", [args[0]], [("infer_variance", .bool(true))])
        default:
            var kw: KwArgs = [("infer_variance", .bool(true))]
            var positional = [args[0]]
            // `T: (int, str)` gives constraints, any other expression a bound.
            if args.count > 2, case .object(let o) = args[2], let t = o as? PyTuple {
                positional += t.items
            } else if args.count > 2 {
                kw.append(("bound", args[2]))
            }
            let tv = try typing(vm, "TypeVar", positional, kw)
            try vm.setAttribute(tv, "__module__", .str("__main__"))
            return tv
        }
    })

    /// Generic[*params], the base a generic class gets.
    nonisolated(unsafe) static let genericValue: Value = .object(PyBuiltinFunction(name: "Generic") { vm, args, _ in
        let generic = try vm.getAttribute(try libraryModule(vm, "typing"), "Generic")
        return try vm.getItem(generic, args.first ?? .object(PyTuple([])))
    })

    /// (name, value function[, type parameters]): typing.TypeAliasType.
    nonisolated(unsafe) static let typeAliasValue: Value = .object(PyBuiltinFunction(name: "TypeAliasType") { vm, args, _ in
        guard args.count == 2 || args.count == 3 else { return .none }
        let module = try libraryModule(vm, "_type_alias")
        return try vm.call(try vm.getAttribute(module, "TypeAliasType"), [args[0], args[1], args.count == 3 ? args[2] : .object(PyTuple([]))])
    })
}
