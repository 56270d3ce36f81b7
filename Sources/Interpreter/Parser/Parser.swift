// The parser: a port of CPython 3.13's PEG parser (Grammar/python.gram).
//
// Like CPython it runs in two passes. The first pass uses only the ordinary
// grammar rules. If it fails, a second pass re-parses with the `invalid_*`
// rules switched on; those exist only to recognise common mistakes and raise
// a specific message ("expected ':'", "cannot assign to literal" ...). If
// none fires, the error is a plain "invalid syntax" at the furthest token the
// first pass looked at. Rules return nil when they do not match (the caller
// backtracks) and throw SyntaxErrorInfo for a definite error.

public enum Parser {
    /// Parses a module. Throws SyntaxErrorInfo, worded and positioned as
    /// CPython 3.13 reports it.
    public static func parse(source: String, filename: String) throws -> Module {
        let text = SourceText(source)
        let (tokens, failure) = Lexer.scan(text, filename: filename)
        var parser = PEGParser(tokens: tokens, source: text, filename: filename, lexFailure: failure)
        return try parser.parseModule()
    }
}

/// A memoized rule result: the node (nil for "no match") and where it ended.
struct MemoEntry<T> {
    var value: T?
    var end: Int
}

/// Rules whose results are memoized, as CPython memoizes them.
enum MemoRule: Int {
    case expression, starExpression, tPrimary, starTarget, targetWithStarAtom, delTarget
    case strings, invalidNamedExpression, factor, bitwiseOr, disjunction, primary
}

struct PEGParser {
    let tokens: [Token]
    let source: SourceText
    let filename: String
    /// A tokenizer error the parser meets if it reads past the last token.
    let lexFailure: LexFailure?

    /// The current token index (CPython's p->mark).
    var mark = 0
    /// One past the furthest token looked at (CPython's p->fill).
    var fill = 0
    /// Second pass: try the invalid_* rules.
    var callInvalidRules = false
    /// Set once the parser has read up to the tokenizer's error.
    var reachedLexFailure = false
    var depth = 0
    var exprMemo: [Int: MemoEntry<Expr>] = [:]
    var argumentsMemo: [Int: MemoEntry<CallArguments>] = [:]
    var blockMemo: [Int: MemoEntry<[Stmt]>] = [:]
    var simpleStmtMemo: [Int: MemoEntry<Stmt>] = [:]
    /// The first construct outside scopewalk's subset; reported only when
    /// the program is otherwise valid.
    var unsupported: SyntaxErrorInfo?
    /// Ranges of `await x` expressions. The AST has no Await node, so the
    /// operand stands in for it, stretched over the keyword; error messages
    /// still need to call it an await expression.
    var awaitRanges: Set<SourceRange> = []

    /// Recursion budget; beyond it we report an error instead of
    /// overflowing the stack (CPython: "too complex to parse").
    static let maxDepth = 1000

    init(tokens: [Token], source: SourceText, filename: String, lexFailure: LexFailure?) {
        self.tokens = tokens
        self.source = source
        self.filename = filename
        self.lexFailure = lexFailure
        exprMemo.reserveCapacity(tokens.count * 2)
    }

    // MARK: - Passes

    mutating func parseModule() throws -> Module {
        do {
            if let body = try file() {
                if let unsupported { throw unsupported }
                return ScopeNumbering.number(Module(body: body, scopeCount: 0))
            }
        } catch let error as SyntaxErrorInfo {
            throw finalError(error)
        }
        // Second pass with the invalid_* rules.
        let lastToken = fill - 1
        mark = 0
        callInvalidRules = true
        exprMemo.removeAll()
        argumentsMemo.removeAll()
        blockMemo.removeAll()
        simpleStmtMemo.removeAll()
        unsupported = nil
        do {
            _ = try file()
        } catch let error as SyntaxErrorInfo {
            throw finalError(error)
        }
        // No invalid_* rule matched (CPython's _Pypegen_set_syntax_error).
        let token = tokens[max(0, min(lastToken, tokens.count - 1))]
        if token.kind == .indent {
            throw errorAt(token, kind: .indentation, "unexpected indent")
        }
        if token.kind == .dedent {
            throw errorAt(token, kind: .indentation, "unexpected unindent")
        }
        throw finalError(errorKnownLocation(token, "invalid syntax"))
    }

    /// After a parser error CPython tokenizes the rest of the file: a
    /// tokenizer error there wins, and so does a bracket left open at end
    /// of file when the parser failed on a later line than the bracket.
    func finalError(_ error: SyntaxErrorInfo) -> SyntaxErrorInfo {
        if reachedLexFailure { return error }
        switch lexFailure {
        case .immediate(let info)?:
            return info
        case .unclosed(let info, let bracketLine)?:
            let furthest = tokens[max(0, min(fill - 1, tokens.count - 1))]
            if furthest.line > bracketLine { return info }
            return error
        default:
            return error
        }
    }

    // MARK: - Tokens

    /// The token at `mark`; reading past the tokens the tokenizer produced
    /// raises its error.
    @inline(__always) mutating func peek() throws -> Token {
        if mark >= fill { try fetch(mark) }
        return tokens[mark]
    }

    /// The token `offset` places ahead of `mark`.
    mutating func peek(_ offset: Int) throws -> Token {
        let index = mark + offset
        if index >= fill { try fetch(index) }
        return tokens[index]
    }

    mutating func fetch(_ index: Int) throws {
        if index >= tokens.count {
            if let lexFailure {
                fill = tokens.count
                reachedLexFailure = true
                throw lexFailure.info
            }
            fill = tokens.count
            return
        }
        fill = index + 1
    }

    @inline(__always) mutating func check(_ text: String) throws -> Bool {
        if mark >= fill { try fetch(mark) }
        let kind = tokens[mark].kind
        return (kind == .op || kind == .keyword) && tokens[mark].text == text
    }

    /// Consumes an operator or keyword.
    @inline(__always) mutating func expect(_ text: String) throws -> Token? {
        if try check(text) {
            mark += 1
            return tokens[mark - 1]
        }
        return nil
    }

    /// Consumes an operator or keyword; no token is returned.
    @inline(__always) mutating func accept(_ text: String) throws -> Bool {
        if try check(text) {
            mark += 1
            return true
        }
        return false
    }

    mutating func expect(_ kind: TokenKind) throws -> Token? {
        if try checkKind(kind) {
            mark += 1
            return tokens[mark - 1]
        }
        return nil
    }

    mutating func accept(_ kind: TokenKind) throws -> Bool {
        if try checkKind(kind) {
            mark += 1
            return true
        }
        return false
    }

    @inline(__always) mutating func checkKind(_ kind: TokenKind) throws -> Bool {
        if mark >= fill { try fetch(mark) }
        return tokens[mark].kind == kind
    }

    /// An identifier (soft keywords included).
    mutating func name() throws -> Token? {
        try expect(.name)
    }

    mutating func expectSoftKeyword(_ text: String) throws -> Token? {
        let token = try peek()
        if token.kind == .name && token.text == text {
            mark += 1
            return token
        }
        return nil
    }

    /// CPython's &&'x': the token must be there, or it is an error even in
    /// the first pass.
    mutating func expectForced(_ text: String) throws -> Token {
        let token = try peek()
        if (token.kind == .op || token.kind == .keyword) && token.text == text {
            mark += 1
            return token
        }
        throw errorKnownLocation(token, "expected '\(text)'")
    }

    // MARK: - Node positions

    /// Start of the rule that began at token `start`.
    func startOf(_ start: Int) -> (line: Int, column: Int) {
        let token = tokens[min(start, tokens.count - 1)]
        return (token.line, token.column)
    }

    /// End of the last token consumed, ignoring NEWLINE/INDENT/DEDENT.
    func lastEnd() -> (line: Int, column: Int) {
        var m = mark - 1
        while m > 0 {
            let kind = tokens[m].kind
            if kind != .newline && kind != .indent && kind != .dedent && kind != .endMarker { break }
            m -= 1
        }
        let token = tokens[max(0, min(m, tokens.count - 1))]
        return (token.endLine, token.endColumn)
    }

    /// CPython's EXTRA: from the token at `start` to the last token consumed.
    func range(from start: Int) -> SourceRange {
        let s = startOf(start)
        let e = lastEnd()
        return SourceRange(line: s.line, column: s.column, endLine: e.line, endColumn: e.column)
    }

    // MARK: - Memoization and depth

    @inline(__always) func memoKey(_ rule: MemoRule, _ position: Int) -> Int {
        position &* 16 &+ rule.rawValue
    }

    /// Runs `body` once per position for `rule`.
    mutating func memoized(_ rule: MemoRule, _ body: (inout PEGParser) throws -> Expr?) throws -> Expr? {
        let key = memoKey(rule, mark)
        if let entry = exprMemo[key] {
            mark = entry.end
            return entry.value
        }
        let result = try body(&self)
        exprMemo[key] = MemoEntry(value: result, end: mark)
        return result
    }

    mutating func enter() throws {
        depth += 1
        if depth > PEGParser.maxDepth {
            let token = tokens[min(mark, tokens.count - 1)]
            throw SyntaxErrorInfo(message: "Parser stack overflowed - Python source too complex to parse", filename: filename,
                                  line: token.line, column: token.column, endColumn: token.column,
                                  sourceLine: source.line(token.line))
        }
    }

    @inline(__always) mutating func leave() {
        depth -= 1
    }

    /// Records a construct scopewalk does not run; the error is raised only
    /// if the whole program parses.
    mutating func noteUnsupported(_ what: String, at token: Token) {
        noteUnsupported(at: token.range, what)
    }

    mutating func noteUnsupported(at range: SourceRange, _ what: String) {
        if unsupported != nil { return }
        unsupported = SyntaxErrorInfo(kind: .unsupported,
                                      message: "line \(range.line): \(what) not supported by scopewalk",
                                      filename: filename, line: range.line, column: range.column,
                                      endColumn: range.line == range.endLine ? range.endColumn : nil,
                                      sourceLine: source.line(range.line))
    }
}
