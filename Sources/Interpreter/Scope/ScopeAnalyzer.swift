// Scope analysis: CPython 3.13's symtable.c, ported.
//
// Pass 1 (ScopeAnalyzer+Visit.swift) walks the AST in symtable.c's order and
// records, per scope and per name, the DEF_* facts (assigned, parameter,
// used, declared global/nonlocal, imported, annotated ...). It raises the
// errors symtable.c raises while visiting (global/nonlocal after use,
// `import *` in a function, walrus misuse, `yield` in a comprehension,
// duplicate parameters).
//
// Pass 2 (this file) is analyze_block / analyze_name / inline_comprehension /
// analyze_cells / drop_class_free / update_symbols: it resolves every name to
// LOCAL, CELL, FREE, GLOBAL_IMPLICIT or GLOBAL_EXPLICIT, raising the
// directive errors ("no binding for nonlocal 'x' found", ...).
//
// Finally the compiler's own placement errors, which CPython raises after the
// symbol table is built ("'return' outside function", "'yield' outside
// function", "'break' outside loop", "'continue' not properly in loop"; the
// first in source order) are reported, and one public SymbolTable per scope is built,
// with co_cellvars / co_freevars / __qualname__ computed as compile.c does.

public enum ScopeAnalyzer {
    /// Builds the symbol tables of `module`, or throws the SyntaxError
    /// CPython 3.13 would raise for the scoping rules.
    public static func analyze(_ module: Module, filename: String, sourceLines: [String]) throws -> ScopeAnalysis {
        var builder = SymbolTableBuilder(filename: filename, sourceLines: sourceLines, module: module)
        var analyzer: BlockAnalyzer
        let top: ScopeEntry
        do {
            if let e = builder.futureError { throw e }
            top = try builder.build(module)
            analyzer = BlockAnalyzer(builder: builder)
            try analyzer.analyze(top)
        } catch var e as SyntaxErrorInfo {
            e.stage = .symbolTable
            throw e
        }
        if var deferred = builder.compilerError { deferred.stage = .compiler; throw deferred }
        return ScopeAnalysis(tables: makeTables(top))
    }

    /// CPython's _Py_Mangle: inside `class C`, `__spam` becomes `_C__spam`
    /// (not dunder names, not dotted names; leading underscores of the class
    /// name are dropped; a class named only with underscores mangles nothing).
    public static func mangle(_ name: String, privateName: String?) -> String {
        guard let priv = privateName, name.hasPrefix("__") else { return name }
        if name.hasSuffix("__") || name.contains(".") { return name }
        let stripped = priv.drop(while: { $0 == "_" })
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }
}

// MARK: - The per-scope working entry (CPython's PySTEntryObject)

final class ScopeEntry {
    enum Block {
        case module, function, lambda, classBody
        case listComp, setComp, dictComp, genExpr
        /// Only with `from __future__ import annotations`: a throwaway block
        /// that swallows the names of annotations (never analyzed).
        case annotation
    }

    let scopeID: Int
    let block: Block
    /// co_name.
    let name: String
    let range: SourceRange
    /// st_private in effect for names inside this scope.
    let privateName: String?
    var arguments: Arguments?

    // Pass 1 facts.
    private(set) var order: [String] = []
    private(set) var flags: [String: SymbolFlags] = [:]
    var varnames: [String] = []
    var directives: [(name: String, range: SourceRange)] = []
    var isGenerator = false
    /// `async def` (or an async generator expression).
    var isCoroutine = false
    /// A PEP 695 annotation scope (`<generic parameters of f>`).
    var isTypeParams = false
    var returnsValue = false
    var hasVarargs = false
    var hasVarkeywords = false
    var compIterTarget = false
    var compIterExpr = 0

    /// The AST nesting (kept for the public tables, inlined comprehensions included).
    var children: [ScopeEntry] = []
    /// CPython's ste_children: inlined comprehensions get spliced out in pass 2.
    var steChildren: [ScopeEntry] = []
    weak var parent: ScopeEntry?

    // Pass 2 results.
    var scopes: [String: CPythonScope] = [:]
    var needsClassClosure = false
    /// A class whose annotation scopes read its namespace (`__classdict__`).
    var needsClassDict = false
    /// An annotation scope directly in a class body.
    var canSeeClassScope = false
    var compInlined = false

    init(scopeID: Int, block: Block, name: String, range: SourceRange, privateName: String?, parent: ScopeEntry?) {
        self.scopeID = scopeID
        self.block = block
        self.name = name
        self.range = range
        self.privateName = privateName
        self.parent = parent
    }

    /// _PyST_IsFunctionLike (comprehensions are FunctionBlocks in CPython).
    var isFunctionLike: Bool {
        switch block {
        case .function, .lambda, .listComp, .setComp, .dictComp, .genExpr: return true
        case .module, .classBody, .annotation: return false
        }
    }

    var isComprehension: Bool {
        switch block {
        case .listComp, .setComp, .dictComp, .genExpr: return true
        default: return false
        }
    }

    func flagsOf(_ name: String) -> SymbolFlags { flags[name] ?? [] }

    /// Sets a name's flags, appending it to the dict order when new.
    func setFlags(_ name: String, _ f: SymbolFlags) {
        if flags.updateValue(f, forKey: name) == nil { order.append(name) }
    }

    func removeSymbol(_ name: String) {
        if flags.removeValue(forKey: name) != nil { order.removeAll { $0 == name } }
        scopes.removeValue(forKey: name)
    }
}

// MARK: - Pass 2: analyze_block and friends

struct BlockAnalyzer {
    let builder: SymbolTableBuilder

    init(builder: SymbolTableBuilder) { self.builder = builder }

    /// symtable_analyze.
    mutating func analyze(_ top: ScopeEntry) throws {
        var free = Set<String>()
        var global = Set<String>()
        var bound: Set<String>? = nil
        try analyzeBlock(top, bound: &bound, free: &free, global: &global)
    }

    private func directiveError(_ ste: ScopeEntry, _ name: String, _ message: String) -> SyntaxErrorInfo {
        let range = ste.directives.first(where: { $0.name == name })?.range ?? ste.range
        return builder.error(message, range)
    }

    /// analyze_name: decide the scope of one name from its flags.
    private func analyzeName(_ ste: ScopeEntry, _ scopes: inout [String: CPythonScope], _ name: String, _ flags: SymbolFlags,
                             bound: inout Set<String>?, local: inout Set<String>, free: inout Set<String>,
                             global: inout Set<String>) throws {
        if flags.contains(.defGlobal) {
            if flags.contains(.defNonlocal) {
                throw directiveError(ste, name, "name '\(name)' is nonlocal and global")
            }
            scopes[name] = .globalExplicit
            global.insert(name)
            bound?.remove(name)
            return
        }
        if flags.contains(.defNonlocal) {
            guard let b = bound else {
                throw directiveError(ste, name, "nonlocal declaration not allowed at module level")
            }
            if !b.contains(name) {
                throw directiveError(ste, name, "no binding for nonlocal '\(name)' found")
            }
            scopes[name] = .free
            free.insert(name)
            return
        }
        if !flags.isDisjoint(with: .defBound) {
            scopes[name] = .local
            local.insert(name)
            global.remove(name)
            return
        }
        if let b = bound, b.contains(name) {
            scopes[name] = .free
            free.insert(name)
            return
        }
        // Whether or not a parent declared it global, it is GLOBAL_IMPLICIT.
        scopes[name] = .globalImplicit
    }

    /// is_free_in_any_child.
    private func isFreeInAnyChild(_ entry: ScopeEntry, _ name: String) -> Bool {
        entry.steChildren.contains { $0.scopes[name] == .free }
    }

    /// inline_comprehension (3.13): merge an inlined comprehension's names
    /// into the enclosing scope.
    private func inlineComprehension(_ ste: ScopeEntry, _ comp: ScopeEntry, _ scopes: inout [String: CPythonScope],
                                     _ compFree: inout Set<String>, _ inlinedCells: inout Set<String>) {
        var removeDunderClass = false
        for k in comp.order {
            let compFlags = comp.flagsOf(k)
            if compFlags.contains(.defParam) { continue }  // the ".0" iterator argument
            var scope = comp.scopes[k] ?? .local
            if scope == .cell || compFlags.contains(.defCompCell) {
                inlinedCells.insert(k)
            }
            let existing = ste.flags[k]
            // __class__ is never allowed to be free through a class scope.
            if scope == .free && ste.block == .classBody && k == "__class__" {
                scope = .globalImplicit
                compFree.remove(k)
                removeDunderClass = true
            }
            if let existing {
                if !existing.isDisjoint(with: .defBound) && ste.block != .classBody {
                    // Free in the comprehension but local outside: simply local,
                    // unless an inner scope of the comprehension needs the cell.
                    if !isFreeInAnyChild(comp, k) { compFree.remove(k) }
                }
            } else {
                ste.setFlags(k, compFlags)
                scopes[k] = scope
            }
        }
        if removeDunderClass { comp.removeSymbol("__class__") }
    }

    /// analyze_cells: locals captured by inner scopes become cells.
    private func analyzeCells(_ scopes: inout [String: CPythonScope], _ free: inout Set<String>, _ inlinedCells: Set<String>) {
        for (name, scope) in scopes where scope == .local {
            if free.contains(name) || inlinedCells.contains(name) {
                scopes[name] = .cell
                free.remove(name)
            }
        }
    }

    /// update_symbols: record the scopes; propagate free names of children.
    private func updateSymbols(_ ste: ScopeEntry, _ scopes: [String: CPythonScope], bound: Set<String>?,
                               free: Set<String>, inlinedCells: Set<String>, classFlag: Bool) {
        for name in ste.order {
            var f = ste.flagsOf(name)
            if inlinedCells.contains(name) { f.insert(.defCompCell) }
            ste.setFlags(name, f)
            ste.scopes[name] = scopes[name] ?? .globalImplicit
        }
        for name in free.sorted() {
            if var f = ste.flags[name] {
                // A free variable of a method that is also a name of the class body.
                if classFlag {
                    f.insert(.defFreeClass)
                    ste.setFlags(name, f)
                }
                continue  // a cell, or already free here
            }
            if let b = bound, !b.contains(name) { continue }  // a global
            ste.setFlags(name, [])
            ste.scopes[name] = .free
        }
    }

    /// analyze_block.
    private mutating func analyzeBlock(_ ste: ScopeEntry, bound: inout Set<String>?, free: inout Set<String>,
                                       global: inout Set<String>) throws {
        var local = Set<String>()
        var scopes: [String: CPythonScope] = [:]
        var newGlobal = Set<String>()
        var newFree = Set<String>()
        var newBound = Set<String>()
        var inlinedCells = Set<String>()

        // Class bindings are not visible to the methods: pass down only what
        // the class itself sees.
        if ste.block == .classBody {
            newGlobal.formUnion(global)
            if let b = bound { newBound.formUnion(b) }
        }
        for name in ste.order {
            try analyzeName(ste, &scopes, name, ste.flagsOf(name), bound: &bound, local: &local, free: &free, global: &global)
        }
        if ste.block != .classBody {
            if ste.isFunctionLike { newBound.formUnion(local) }
            if let b = bound { newBound.formUnion(b) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
            newBound.insert("__classdict__")
        }

        for entry in ste.steChildren {
            // All list/set/dict comprehensions are inlined; generator expressions are not.
            let inlineComp = entry.isComprehension && !entry.isGenerator
            var childFree = try analyzeChildBlock(entry, bound: newBound, free: newFree, global: newGlobal)
            if inlineComp {
                inlineComprehension(ste, entry, &scopes, &childFree, &inlinedCells)
                entry.compInlined = true
            }
            newFree.formUnion(childFree)
        }
        // Splice the children of inlined comprehensions into our children.
        var spliced: [ScopeEntry] = []
        for entry in ste.steChildren {
            if entry.compInlined { spliced.append(contentsOf: entry.steChildren) } else { spliced.append(entry) }
        }
        ste.steChildren = spliced

        if ste.isFunctionLike {
            analyzeCells(&scopes, &newFree, inlinedCells)
        } else if ste.block == .classBody {
            // drop_class_free
            if newFree.remove("__class__") != nil { ste.needsClassClosure = true }
            if newFree.remove("__classdict__") != nil { ste.needsClassDict = true }
        }
        updateSymbols(ste, scopes, bound: bound, free: newFree, inlinedCells: inlinedCells,
                      classFlag: ste.block == .classBody)
        free.formUnion(newFree)
    }

    /// analyze_child_block: the child works on copies; returns its free set.
    private mutating func analyzeChildBlock(_ entry: ScopeEntry, bound: Set<String>, free: Set<String>,
                                            global: Set<String>) throws -> Set<String> {
        var tempBound: Set<String>? = bound
        var tempFree = free
        var tempGlobal = global
        try analyzeBlock(entry, bound: &tempBound, free: &tempFree, global: &tempGlobal)
        return tempFree
    }
}

// MARK: - Building the public tables

extension ScopeAnalyzer {
    static func makeTables(_ top: ScopeEntry) -> [Int: SymbolTable] {
        var tables: [Int: SymbolTable] = [:]
        func build(_ e: ScopeEntry, parent: SymbolTable?, unit: SymbolTable?) {
            let t = SymbolTable(scopeID: e.scopeID, kind: kind(of: e), name: e.name,
                                qualname: qualname(of: e, unit: unit), parent: parent)
            t.isInlined = e.compInlined
            t.privateName = e.privateName
            t.symbolOrder = e.order
            t.returnsValue = e.returnsValue
            for name in e.order {
                let raw = e.scopes[name] ?? .globalImplicit
                t.flags[name] = e.flagsOf(name)
                t.rawScopes[name] = raw
                t.symbols[name] = publicScope(raw, in: e)
            }
            t.parameters = e.varnames
            if let a = e.arguments {
                t.posonlyCount = a.posonly.count
                t.argCount = a.posonly.count + a.args.count
                t.kwonlyCount = a.kwonly.count
            } else if e.isComprehension {
                t.argCount = 1  // the implicit ".0" iterator
            }
            t.hasVarargs = e.hasVarargs
            t.hasVarkeywords = e.hasVarkeywords
            t.isGenerator = e.isGenerator
            t.isCoroutine = e.isCoroutine
            t.isTypeParams = e.isTypeParams
            t.needsClassCell = e.needsClassClosure
            t.needsClassDict = e.needsClassDict
            t.canSeeClassScope = e.canSeeClassScope
            t.cellvars = cellvars(of: e)
            t.freevars = e.order.filter { e.scopes[$0] == .free || e.flagsOf($0).contains(.defFreeClass) }.sorted()
            tables[e.scopeID] = t
            parent?.children.append(t)
            // Inlined comprehensions are no compiler unit of their own.
            let childUnit = e.compInlined ? unit : t
            for c in e.children { build(c, parent: t, unit: childUnit) }
        }
        build(top, parent: nil, unit: nil)
        return tables
    }

    private static func kind(of e: ScopeEntry) -> ScopeKind {
        switch e.block {
        case .module, .annotation: return .module
        case .function: return .function
        case .lambda: return .lambda
        case .classBody: return .classBody
        case .listComp, .setComp, .dictComp: return .comprehension
        case .genExpr: return .generatorExpression
        }
    }

    private static func publicScope(_ raw: CPythonScope, in e: ScopeEntry) -> SymbolScope {
        if e.isFunctionLike {
            switch raw {
            case .local: return .local
            case .cell: return .cell
            case .free: return .free
            case .globalImplicit: return .globalImplicit
            case .globalExplicit: return .globalExplicit
            }
        }
        switch raw {
        case .local, .globalImplicit: return .name
        case .globalExplicit: return .globalExplicit
        case .free: return .free
        case .cell: return .cell
        }
    }

    /// compiler_set_qualname. `unit` is the enclosing compiler unit (the
    /// nearest enclosing scope that is not an inlined comprehension).
    private static func qualname(of e: ScopeEntry, unit: SymbolTable?) -> String {
        guard var parent = unit, parent.kind != .module else { return e.name }
        // CPython: the qualname skips an enclosing annotation scope.
        if parent.isTypeParams {
            guard let grand = parent.parent, grand.kind != .module else { return e.name }
            parent = grand
        }
        if e.block == .function || e.block == .classBody {
            let mangled = mangle(e.name, privateName: parent.privateName)
            if parent.rawScopes[mangled] == .globalExplicit { return e.name }
        }
        let base = parent.kind == .function || parent.kind == .lambda ? parent.qualname + ".<locals>" : parent.qualname
        return base + "." + e.name
    }

    /// co_cellvars as CPython 3.13 lays them out: cells that are also fast
    /// locals come first in co_varnames order (cell parameters, then names an
    /// inlined comprehension binds, in the order it pushes them), then the
    /// other cells sorted, then the implicit `__class__` and `__classdict__`
    /// cells of a class.
    private static func cellvars(of e: ScopeEntry) -> [String] {
        var cells = Set(e.order.filter { e.scopes[$0] == .cell || e.flagsOf($0).contains(.defCompCell) })
        if e.needsClassClosure { cells.insert("__class__") }
        var ordered: [String] = []
        var seen = Set<String>()
        func take(_ n: String) {
            if cells.contains(n) && !seen.contains(n) { ordered.append(n); seen.insert(n) }
        }
        for p in e.varnames { take(p) }
        let inlined = e.children.filter { $0.compInlined }.sorted {
            ($0.range.line, $0.range.column) < ($1.range.line, $1.range.column)
        }
        for comp in inlined {
            for k in comp.order {
                let f = comp.flagsOf(k)
                if e.block == .classBody || (f.contains(.defLocal) && !f.contains(.defNonlocal)) { take(k) }
            }
        }
        let rest = cells.subtracting(seen).subtracting(["__class__"]).sorted()
        ordered.append(contentsOf: rest)
        if e.needsClassClosure && !seen.contains("__class__") { ordered.append("__class__") }
        if e.needsClassDict { ordered.append("__classdict__") }
        return ordered
    }
}
