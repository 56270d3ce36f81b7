// The abstract syntax tree. It mirrors CPython's `ast` module closely so that
// scope analysis and compilation can follow CPython's own rules (symtable.c,
// compile.c). Every node carries a SourceRange; nodes that open a scope
// (functions, lambdas, comprehensions, classes) carry a `scopeID` that is
// unique within one parsed module, so the ScopeAnalyzer can attach a symbol
// table to them without needing object identity.

/// A range in the source: lines are 1-based, columns are 0-based character
/// offsets (CPython uses UTF-8 byte offsets; we count Characters, which is what
/// a user sees and what the caret in an error message needs).
public struct SourceRange: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    public static let unknown = SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)

    /// The smallest range covering both.
    public func extended(to other: SourceRange) -> SourceRange {
        SourceRange(line: line, column: column, endLine: other.endLine, endColumn: other.endColumn)
    }

    public var description: String { "\(line):\(column)-\(endLine):\(endColumn)" }
}

public struct Module {
    public var body: [Stmt]
    /// The number of scope IDs handed out; the module itself is scope 0.
    public var scopeCount: Int
    public init(body: [Stmt], scopeCount: Int) {
        self.body = body
        self.scopeCount = scopeCount
    }
}

// MARK: - Statements

public struct Stmt {
    public var kind: StmtKind
    public var range: SourceRange
    /// `async for` / `async with` (the kind is `.for` / `.with`): a flag
    /// rather than separate kinds, so every walk over the tree sees the
    /// body without knowing about async (Compiler+Async.swift).
    public var isAsync = false
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StmtKind {
    case expr(Expr)
    /// `a = b = value`: targets in source order.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `x: int = 3`; `simple` is true for a bare name target (CPython's flag).
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case pass
    case `break`
    case `continue`
    case delete([Expr])
    case `return`(Expr?)
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case global([String])
    case nonlocal([String])
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case raise(exc: Expr?, cause: Expr?)
    case assert(test: Expr, msg: Expr?)
    case `import`([Alias])
    /// `from module import names`; `module` is nil for `from . import x`.
    case importFrom(module: String?, names: [Alias], level: Int)
    case with(items: [WithItem], body: [Stmt])
    /// `match subject:` with its `case` blocks (AST+Patterns.swift).
    case match(subject: Expr, cases: [MatchCase])
}

public struct FunctionDef {
    public var scopeID: Int
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    /// `async def`: calling it makes a coroutine (an async generator when
    /// its body yields).
    public var isAsync = false
    /// PEP 695 `def f[T](...)`: the parameters live in an annotation scope
    /// (scope id `-scopeID`) around the function (Compiler+TypeParams.swift).
    public var typeParams: [TypeParam] = []
    /// Line of the `def` keyword (CPython's co_firstlineno is the first
    /// decorator's line when there are decorators; see `firstLine`).
    public var defLine: Int
    public init(scopeID: Int, name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, defLine: Int) {
        self.scopeID = scopeID
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.defLine = defLine
    }
}

public struct ClassDef {
    public var scopeID: Int
    public var name: String
    /// PEP 695 `class C[T]:` (see FunctionDef.typeParams).
    public var typeParams: [TypeParam] = []
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public var defLine: Int
    public init(scopeID: Int, name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr], defLine: Int) {
        self.scopeID = scopeID
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
        self.defLine = defLine
    }
}

public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange
    /// `except*`: every handler of its `try` is one (CPython's TryStar).
    public var isStar: Bool
    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange, isStar: Bool = false) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
        self.isStar = isStar
    }
}

public struct Alias {
    /// Dotted name, e.g. "os.path".
    public var name: String
    public var asName: String?
    public var range: SourceRange
    public init(name: String, asName: String?, range: SourceRange) {
        self.name = name
        self.asName = asName
        self.range = range
    }
}

public struct WithItem {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// A formal parameter.
public struct Arg {
    public var name: String
    public var annotation: Expr?
    public var range: SourceRange
    public init(name: String, annotation: Expr?, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.range = range
    }
}

/// Parameters as CPython's `ast.arguments`: `defaults` align with the last
/// entries of posonly+args; `kwDefaults[i]` belongs to `kwonly[i]` (nil: none).
public struct Arguments {
    public var posonly: [Arg]
    public var args: [Arg]
    public var vararg: Arg?
    public var kwonly: [Arg]
    public var kwDefaults: [Expr?]
    public var kwarg: Arg?
    public var defaults: [Expr]
    public init(posonly: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonly: [Arg] = [], kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.posonly = posonly
        self.args = args
        self.vararg = vararg
        self.kwonly = kwonly
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
    public static let empty = Arguments()
}

// MARK: - Expressions

public struct Expr {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum Constant {
    case none
    case `true`
    case `false`
    case ellipsis
    case int(Int)
    /// An integer literal too large for Int, as its decimal digits.
    case bigInt(String)
    case float(Double)
    /// `3j`: the imaginary part.
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
}

public indirect enum ExprKind {
    case name(String)
    case constant(Constant)
    /// An f-string: the pieces are `.constant(.string)` and `.formattedValue`.
    case joinedStr([Expr])
    /// `{value!conversion:spec}`; conversion is "r", "s", "a" or nil; the spec
    /// is itself a joinedStr (it may contain nested replacement fields).
    case formattedValue(value: Expr, conversion: Character?, formatSpec: Expr?)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    /// `{k: v, **m}`: a nil key marks `**m` (the value is `m`).
    case dict(keys: [Expr?], values: [Expr])
    case starred(Expr)
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    /// Positional args may include `.starred`; a keyword with nil name is `**x`.
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case boolOp(BoolOperator, [Expr])
    /// `a < b <= c`: left, then ops[i] applied against comparators[i].
    case compare(Expr, [CompareOperator], [Expr])
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    case lambda(Lambda)
    case listComp(Comprehension)
    case setComp(Comprehension)
    case dictComp(Comprehension)
    case generatorExp(Comprehension)
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `await value` (Compiler+Async.swift).
    case await(Expr)
    /// `(target := value)`; the target is always a name.
    case namedExpr(target: String, value: Expr)
}

public struct Keyword {
    public var name: String?
    public var value: Expr
    public var range: SourceRange
    public init(name: String?, value: Expr, range: SourceRange) {
        self.name = name
        self.value = value
        self.range = range
    }
}

/// One PEP 695 type parameter: `T`, `T: bound`, `*Ts`, `**P`.
public struct TypeParam {
    public enum Kind { case typeVar, typeVarTuple, paramSpec }
    public var name: String
    public var kind: Kind
    public var bound: Expr?
    public var range: SourceRange
    public init(name: String, kind: Kind, bound: Expr?, range: SourceRange) {
        self.name = name
        self.kind = kind
        self.bound = bound
        self.range = range
    }
}

public struct Lambda {
    public var scopeID: Int
    public var args: Arguments
    public var body: Expr
    /// The code's name when it is not "<lambda>": the lazily evaluated value
    /// of `type X = ...` is a function named X (Compiler+TypeParams.swift).
    public var name: String? = nil
    public init(scopeID: Int, args: Arguments, body: Expr) {
        self.scopeID = scopeID
        self.args = args
        self.body = body
    }
}

/// A comprehension (list/set/dict/generator). For a dict comprehension
/// `element` is the key and `value` the value.
public struct Comprehension {
    public var scopeID: Int
    public var element: Expr
    public var value: Expr?
    public var generators: [ComprehensionFor]
    public init(scopeID: Int, element: Expr, value: Expr?, generators: [ComprehensionFor]) {
        self.scopeID = scopeID
        self.element = element
        self.value = value
        self.generators = generators
    }
}

public struct ComprehensionFor {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    /// `async for` in a comprehension.
    public var isAsync = false
    public init(target: Expr, iter: Expr, ifs: [Expr]) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
    }
}

public enum BinaryOperator: String, Sendable {
    case add = "+", sub = "-", mult = "*", matMult = "@", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"
}

public enum UnaryOperator: String, Sendable {
    case invert = "~", not = "not", uAdd = "+", uSub = "-"
}

public enum BoolOperator: String, Sendable {
    case and, or
}

public enum CompareOperator: String, Sendable {
    case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}
