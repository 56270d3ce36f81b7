import Foundation  // Thread, for a parser stack of known size

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
        try parseWithWarnings(source: source, filename: filename).module
    }

    /// Parses a module and also returns the SyntaxWarnings CPython's compiler
    /// prints for it (invalid escape sequences, `is` with a literal), as the lines it writes to
    /// stderr: `FILE:LINE: SyntaxWarning: message` and the stripped source line.
    public static func parseWithWarnings(source: String, filename: String) throws -> (module: Module, warnings: [String]) {
        // Recursive descent over deeply nested code needs more stack than a
        // secondary thread (or a debug build's main thread) may have.
        try withLargeStack {
            let text = SourceText(source)
            let (tokens, failure) = Lexer.scan(text, filename: filename)
            var parser = PEGParser(tokens: tokens, source: text, filename: filename, lexFailure: failure)
            let module = try parser.parseModule()
            // The compiler's warnings come after the parser's (each one printed: no registry).
            let all = parser.syntaxWarnings + LiteralComparisons.warnings(module.body)
            let warnings = all.map { w -> String in
                let line = (text.line(w.line) ?? "").trimmingCharacters(in: .whitespaces)
                return "\(filename):\(w.line): SyntaxWarning: \(w.message)\n" + (line.isEmpty ? "" : "  \(line)\n")
            }
            return (module, warnings)
        }
    }

    static let stackSize = 128 << 20

    /// Runs `body` on a thread with a large stack (only the pages used are
    /// committed) and waits for it.
    static func withLargeStack<T>(_ body: @escaping @Sendable () throws -> T) throws -> T {
        let outcome = ThreadOutcome<T>()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            ThreadStartHook.run()
            outcome.result = Result { try body() }
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        finished.wait()
        guard let result = outcome.result else {
            throw SyntaxErrorInfo(message: "internal error: parser thread did not finish", line: 0, column: nil)
        }
        return try result.get()
    }
}

/// Carries a result back from the parser thread (written before the
/// semaphore is signalled, read after it is waited on).
final class ThreadOutcome<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}

/// A memoized rule result: the node (nil for "no match") and where it ended.
struct MemoEntry<T> {
    var value: T?
    var end: Int
}

/// Rules whose results are memoized, as CPython memoizes them.
enum MemoRule: Int, CaseIterable {
    case expression, starExpression, tPrimary, starTarget, targetWithStarAtom, delTarget
    case strings, invalidNamedExpression, bitwiseOr, disjunction, primary

    static let count = allCases.count
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
    /// Memo table: for each (rule, token) the index of its result in
    /// `exprResults`, or -1. Arrays are much cheaper here than a dictionary.
    var exprMemoSlots: [Int32]
    var exprResults: [MemoEntry<Expr>] = []
    var argumentsMemo: [Int: MemoEntry<CallArguments>] = [:]
    var blockMemo: [Int: MemoEntry<[Stmt]>] = [:]
    var simpleStmtMemo: [Int: MemoEntry<Stmt>] = [:]
    /// The first construct outside scopewalk's subset; reported only when
    /// the program is otherwise valid.
    var unsupported: SyntaxErrorInfo?
    /// SyntaxWarnings in source order, each once (the parser may decode a
    /// literal more than once when it backtracks).
    var syntaxWarnings: [(line: Int, message: String)] = []
    var syntaxWarningPlaces: Set<String> = []
    /// Ranges of `await x` expressions. The AST has no Await node, so the
    /// operand stands in for it, stretched over the keyword; error messages
    /// still need to call it an await expression.
    var awaitRanges: Set<SourceRange> = []

    /// Nesting budget: recursion depth plus the length of operator chains
    /// (which nest in the tree). Beyond it we report an error, like
    /// CPython's "too complex to parse", instead of risking the stack here
    /// or in whatever walks the tree later.
    /// Calibrated so that, as in CPython 3.13 (MAXSTACK 6000), 5966 unary
    /// minus signs parse and 5967 do not.
    static let maxDepth = 5967
    /// Operator chains (`a.b.c...`, `1+1+...`) are loops in CPython's parser;
    /// their depth is limited by the compiler instead (RecursionError).
    static let maxChainDepth = 9990

    init(tokens: [Token], source: SourceText, filename: String, lexFailure: LexFailure?) {
        self.tokens = tokens
        self.source = source
        self.filename = filename
        self.lexFailure = lexFailure
        exprMemoSlots = Array(repeating: -1, count: (tokens.count + 1) * MemoRule.count)
        exprResults.reserveCapacity(tokens.count * 2)
    }

    // MARK: - Passes

    mutating func parseModule() throws -> Module {
        let body: [Stmt]?
        do {
            body = try file()
        } catch let error as SyntaxErrorInfo {
            throw finalError(error)
        }
        if let body {
            if let unsupported { throw unsupported }
            return ScopeNumbering.number(Module(body: body, scopeCount: 0))
        }
        // Second pass with the invalid_* rules.
        let lastToken = fill - 1
        mark = 0
        callInvalidRules = true
        exprMemoSlots = Array(repeating: -1, count: exprMemoSlots.count)
        exprResults.removeAll(keepingCapacity: true)
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
        let token = token(at: lastToken)
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
        case .atToken(_, let unclosed?)?:
            let furthest = token(at: fill - 1)
            if furthest.line > unclosed.line { return unclosed.info }
            return error
        default:
            return error
        }
    }

    // MARK: - Tokens

    /// The token at `index`, clamped to the tokens there are (for error
    /// reporting, which must not fail itself).
    func token(at index: Int) -> Token {
        if tokens.isEmpty {
            return Token(kind: .endMarker, text: "", line: 1, column: 0, endLine: 1, endColumn: 0, level: 0)
        }
        return tokens[max(0, min(index, tokens.count - 1))]
    }

    /// The token at `mark`; reading past the tokens the tokenizer produced
    /// raises its error.
    @inline(__always) mutating func peek() throws -> Token {
        if mark >= fill { try fetch(mark) }
        return tokens[min(mark, tokens.count - 1)]
    }

    /// The token `offset` places ahead of `mark`.
    mutating func peek(_ offset: Int) throws -> Token {
        let index = mark + offset
        if index >= fill { try fetch(index) }
        return tokens[min(index, tokens.count - 1)]
    }

    mutating func fetch(_ index: Int) throws {
        if index >= tokens.count {
            if let lexFailure {
                fill = tokens.count
                reachedLexFailure = true
                throw lexFailure.info
            }
            // Only ENDMARKER lies beyond; `peek` keeps returning it.
            fill = tokens.count
            return
        }
        fill = index + 1
    }

    @inline(__always) mutating func check(_ text: String) throws -> Bool {
        if mark >= fill { try fetch(mark) }
        let index = min(mark, tokens.count - 1)
        let kind = tokens[index].kind
        return (kind == .op || kind == .keyword) && tokens[index].text == text
    }

    /// Consumes an operator or keyword.
    @inline(__always) mutating func expect(_ text: String) throws -> Token? {
        if try check(text) {
            mark += 1
            return token(at: mark - 1)
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
            return token(at: mark - 1)
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
        return tokens[min(mark, tokens.count - 1)].kind == kind
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
        let token = token(at: start)
        return (token.line, token.column)
    }

    /// End of the last token consumed, ignoring NEWLINE/INDENT/DEDENT.
    func lastEnd() -> (line: Int, column: Int) {
        var m = mark - 1
        while m > 0 && m < tokens.count {
            let kind = tokens[m].kind
            if kind != .newline && kind != .indent && kind != .dedent && kind != .endMarker { break }
            m -= 1
        }
        let token = token(at: m)
        return (token.endLine, token.endColumn)
    }

    /// CPython's EXTRA: from the token at `start` to the last token consumed.
    func range(from start: Int) -> SourceRange {
        let s = startOf(start)
        let e = lastEnd()
        return SourceRange(line: s.line, column: s.column, endLine: e.line, endColumn: e.column)
    }

    // MARK: - Memoization and depth

    @inline(__always) func memoSlot(_ rule: MemoRule, _ position: Int) -> Int {
        min(position, tokens.count) &* MemoRule.count &+ rule.rawValue
    }

    func memoEntry(_ rule: MemoRule, at position: Int) -> MemoEntry<Expr>? {
        let index = exprMemoSlots[memoSlot(rule, position)]
        return index < 0 ? nil : exprResults[Int(index)]
    }

    mutating func memoize(_ rule: MemoRule, at position: Int, _ entry: MemoEntry<Expr>) {
        exprMemoSlots[memoSlot(rule, position)] = Int32(exprResults.count)
        exprResults.append(entry)
    }

    /// Runs `body` once per position for `rule`.
    mutating func memoized(_ rule: MemoRule, _ body: (inout PEGParser) throws -> Expr?) throws -> Expr? {
        let start = mark
        if let entry = memoEntry(rule, at: start) {
            mark = entry.end
            return entry.value
        }
        let result = try body(&self)
        memoize(rule, at: start, MemoEntry(value: result, end: mark))
        return result
    }

    mutating func enter() throws {
        depth += 1
        if depth > PEGParser.maxDepth {
            let token = token(at: mark)
            throw SyntaxErrorInfo(kind: .memory, message: "Parser stack overflowed - Python source too complex to parse", filename: filename,
                                  line: token.line, column: token.column, endColumn: token.column,
                                  sourceLine: source.line(token.line))
        }
    }

    @inline(__always) mutating func leave() {
        depth -= 1
    }

    /// For loops that build left-nested trees (`a + b + c ...`, `a.b.c`).
    mutating func checkChain(_ length: Int) throws {
        if depth + length > PEGParser.maxChainDepth {
            let token = token(at: mark)
            throw SyntaxErrorInfo(kind: .recursion, message: "maximum recursion depth exceeded during compilation", filename: filename,
                                  line: token.line, column: nil)
        }
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
