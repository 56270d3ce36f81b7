// The patterns of `match` statements (PEP 634), as CPython's AST has them.

public struct MatchCase {
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]
    public var range: SourceRange
}

public struct Pattern {
    public var kind: PatternKind
    public var range: SourceRange
    public init(_ kind: PatternKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum PatternKind {
    /// A literal or dotted name compared with `==`.
    case value(Expr)
    /// None, True, False: compared with `is`.
    case singleton(Constant)
    case sequence([Pattern])
    /// `*name` or `*_` (nil) inside a sequence.
    case star(String?)
    case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case classPattern(cls: Expr, patterns: [Pattern], keywords: [String], keywordPatterns: [Pattern])
    /// `p as name`; a bare capture is (nil, name), `_` is (nil, nil).
    case asPattern(Pattern?, String?)
    case or([Pattern])
}

extension Pattern {
    /// The names this pattern binds, in binding order.
    public var boundNames: [String] {
        switch kind {
        case .value, .singleton: return []
        case .sequence(let ps): return ps.flatMap { $0.boundNames }
        case .star(let n): return n.map { [$0] } ?? []
        case .mapping(_, let ps, let rest): return ps.flatMap { $0.boundNames } + (rest.map { [$0] } ?? [])
        case .classPattern(_, let ps, _, let kps): return ps.flatMap { $0.boundNames } + kps.flatMap { $0.boundNames }
        case .asPattern(let p, let n): return (p?.boundNames ?? []) + (n.map { [$0] } ?? [])
        case .or(let alts): return alts.first?.boundNames ?? []
        }
    }

    /// A capture or wildcard at the top: matches anything.
    public var isIrrefutable: Bool {
        switch kind {
        case .asPattern(let p, _): return p == nil || p!.isIrrefutable
        case .or(let alts): return alts.contains { $0.isIrrefutable }
        default: return false
        }
    }
}
