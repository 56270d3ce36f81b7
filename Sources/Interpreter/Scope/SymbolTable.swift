// What scope analysis decides for every name in every scope, following
// CPython's symtable.c: pass 1 records facts per name (assigned, used,
// parameter, declared global/nonlocal), pass 2 resolves each to one of the
// five scopes below. The Compiler only reads these tables.

public enum SymbolScope: Equatable, Sendable {
    /// A fast local, never captured (LOAD_FAST / STORE_FAST).
    case local
    /// A local of this scope captured by an inner scope (MAKE_CELL, LOAD_DEREF).
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
    /// A class body whose methods use `super()` or `__class__`: needs the
    /// implicit `__class__` cell.
    public var needsClassCell = false
    public weak var parent: SymbolTable?
    public var children: [SymbolTable] = []

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
