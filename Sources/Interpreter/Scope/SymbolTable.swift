// What scope analysis decides for every name in every scope, following
// CPython's symtable.c: pass 1 records facts per name (assigned, used,
// parameter, declared global/nonlocal), pass 2 resolves each to one of the
// five scopes below. The Compiler only reads these tables.

public enum SymbolScope: Equatable, Sendable {
    /// A fast local, never captured (LOAD_FAST / STORE_FAST).
    case local
    /// A local of this scope captured by an inner scope (MAKE_CELL, LOAD_DEREF).
    /// In a module or class body it appears only for a name that exists
    /// solely as the captured variable of an inlined comprehension
    /// (`[lambda: x for x in r]` at module level: CPython gives the module
    /// code a cell `x`).
    case cell
    /// A name bound in an enclosing function scope (COPY_FREE_VARS, LOAD_DEREF).
    case free
    /// Not bound anywhere enclosing: global, then builtins (LOAD_GLOBAL).
    case globalImplicit
    /// Declared `global` (LOAD_GLOBAL / STORE_GLOBAL).
    case globalExplicit
    /// Module and class bodies: looked up by name (LOAD_NAME / STORE_NAME).
    /// For a class body, `free` may also appear (LOAD_CLASSDEREF-like).
    case name
}

public enum ScopeKind: Equatable, Sendable {
    case module
    case function
    case lambda
    case comprehension
    case generatorExpression
    case classBody
}

public final class SymbolTable {
    public let scopeID: Int
    public let kind: ScopeKind
    /// co_name: "<module>", "outer", "<lambda>", "<listcomp>", "<genexpr>", class name.
    public let name: String
    /// __qualname__: "outer.<locals>.inner", "Cls.method", "<lambda>".
    public var qualname: String
    /// Every name that appears in the scope, resolved.
    public var symbols: [String: SymbolScope] = [:]
    /// Parameter names in order: posonly, args, kwonly, *args, **kwargs
    /// (CPython's co_varnames prefix).
    public var parameters: [String] = []
    public var posonlyCount = 0
    public var argCount = 0       // posonly + positional-or-keyword
    public var kwonlyCount = 0
    public var hasVarargs = false
    public var hasVarkeywords = false
    /// Names of this scope that inner scopes capture, sorted (co_cellvars).
    public var cellvars: [String] = []
    /// Names this scope takes from enclosing scopes, sorted (co_freevars).
    public var freevars: [String] = []
    /// Contains `yield` / `yield from` (or is a generator expression).
    public var isGenerator = false
    /// `async def` or an async generator expression: calling it makes a
    /// coroutine, or an async generator when it also yields.
    public var isCoroutine = false
    /// A PEP 695 annotation scope (Compiler+TypeParams.swift).
    public var isTypeParams = false
    /// A class body whose methods use `super()` or `__class__`: needs the
    /// implicit `__class__` cell.
    public var needsClassCell = false
    /// A class body whose annotation scopes read its namespace: the
    /// implicit `__classdict__` cell (CPython's ste_needs_classdict).
    public var needsClassDict = false
    /// An annotation scope directly in a class body: its global and free
    /// names are looked up in the class namespace first.
    public var canSeeClassScope = false
    public weak var parent: SymbolTable?
    public var children: [SymbolTable] = []

    // MARK: Additions for the compiler (CPython symtable detail)

    /// A list/set/dict comprehension inlined into the enclosing scope (PEP 709,
    /// 3.12+): it has no code object of its own; the compiler emits it in
    /// the enclosing code object, using this table for the names it binds.
    /// Generator expressions are never inlined.
    public var isInlined = false
    /// CPython's raw DEF_* flags per name (after analysis, so including
    /// DEF_COMP_CELL and DEF_FREE_CLASS).
    public var flags: [String: SymbolFlags] = [:]
    /// CPython's resolved scope per name (LOCAL/CELL/FREE/GLOBAL_*), before
    /// mapping module/class names to `.name`. Needed to compile inlined
    /// comprehensions the way compile.c does (it compares the scope a name
    /// has inside the comprehension with the scope it has outside).
    public var rawScopes: [String: CPythonScope] = [:]
    /// Names in the order CPython's symtable first saw them (dict order).
    public var symbolOrder: [String] = []
    /// The class name used for private-name mangling inside this scope
    /// (CPython's st_private / u_private); nil outside any class. Symbol
    /// names are stored mangled: `__x` in `class C` is `_C__x`; use
    /// `ScopeAnalyzer.mangle(_:privateName:)` when looking names up.
    public var privateName: String?
    /// `return` with a value appears directly in this scope.
    public var returnsValue = false

    public init(scopeID: Int, kind: ScopeKind, name: String, qualname: String, parent: SymbolTable?) {
        self.scopeID = scopeID
        self.kind = kind
        self.name = name
        self.qualname = qualname
        self.parent = parent
    }

    public func scope(of name: String) -> SymbolScope {
        if let s = symbols[name] { return s }
        return kind == .module || kind == .classBody ? .name : .globalImplicit
    }
}

/// CPython's DEF_* symbol flags (same bit values as 3.13's symtable.h).
public struct SymbolFlags: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let defGlobal = SymbolFlags(rawValue: 0x1)     // `global x`
    public static let defLocal = SymbolFlags(rawValue: 0x2)      // assigned / deleted / def / class / for / with / except
    public static let defParam = SymbolFlags(rawValue: 0x4)      // formal parameter
    public static let defNonlocal = SymbolFlags(rawValue: 0x8)   // `nonlocal x`
    public static let use = SymbolFlags(rawValue: 0x10)          // read
    public static let defFreeClass = SymbolFlags(rawValue: 0x40) // class-body name also free in a method
    public static let defImport = SymbolFlags(rawValue: 0x80)    // bound by import
    public static let defAnnot = SymbolFlags(rawValue: 0x100)    // annotated `x: T`
    public static let defCompIter = SymbolFlags(rawValue: 0x200) // comprehension iteration variable
    public static let defCompCell = SymbolFlags(rawValue: 0x800) // a cell inside an inlined comprehension
    public static let defBound: SymbolFlags = [.defLocal, .defParam, .defImport]
}

/// CPython's resolved scopes (symtable.h LOCAL ... CELL).
public enum CPythonScope: Int, Equatable, Sendable {
    case local = 1
    case globalExplicit = 2
    case globalImplicit = 3
    case free = 4
    case cell = 5
}

/// The result of `ScopeAnalyzer.analyze(module)`: one table per scope ID.
public struct ScopeAnalysis {
    public var tables: [Int: SymbolTable]
    public init(tables: [Int: SymbolTable]) { self.tables = tables }
    public var module: SymbolTable { tables[0]! }
    public func table(_ scopeID: Int) -> SymbolTable {
        guard let t = tables[scopeID] else { preconditionFailure("no symbol table for scope \(scopeID)") }
        return t
    }
}
