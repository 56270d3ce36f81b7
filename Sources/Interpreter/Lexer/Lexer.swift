// The tokenizer, a port of CPython 3.13's Parser/lexer.c: same tokens, same
// error messages, same error positions. It runs over the whole file at once;
// the parser then walks the token array.

public enum Lexer {
    /// All tokens of `source`, ending with ENDMARKER. Throws the first
    /// tokenizer error as CPython would report it.
    public static func tokenize(_ source: String, filename: String) throws -> [Token] {
        let result = scan(SourceText(source), filename: filename)
        if let failure = result.failure { throw failure.info }
        return result.tokens
    }

    /// Tokens up to the first error, and that error.
    static func scan(_ text: SourceText, filename: String) -> (tokens: [Token], failure: LexFailure?) {
        var scanner = TokenScanner(text: text, filename: filename)
        let failure = scanner.run()
        return (scanner.tokens, failure)
    }
}

/// How a tokenizer error reaches the user. CPython raises some errors at once
/// (they win over any parser error), while others are only a state of the
/// tokenizer that surfaces if the parser asks for the next token.
enum LexFailure: Error {
    /// Raised by the tokenizer itself: reported whatever the parser finds.
    case immediate(SyntaxErrorInfo)
    /// Reported only if the parser reads this far. `unclosed` is set when
    /// brackets were open at that point: "'(' was never closed" then wins
    /// over a parser error found on a later line than the bracket.
    case atToken(SyntaxErrorInfo, unclosed: UnclosedBracket?)

    var info: SyntaxErrorInfo {
        switch self {
        case .immediate(let info), .atToken(let info, _): return info
        }
    }
}

struct UnclosedBracket {
    var info: SyntaxErrorInfo
    var line: Int
}

/// The state of an f-string being tokenized (CPython's tokenizer_mode).
struct FStringMode {
    var quote: Unicode.Scalar
    var quoteSize: Int
    var raw: Bool
    var startOffset: Int
    var startLine: Int
    var startLineOffset: Int
    /// Brackets opened inside the replacement fields, `{` included.
    var bracketDepth = 0
    /// Depth at which the innermost replacement field started; -1 outside.
    var exprStartDepth = -1
    var inFormatSpec = false
    /// True while scanning literal text, false inside a replacement field.
    var inLiteral = true
}

struct TokenScanner {
    let text: SourceText
    let chars: [Unicode.Scalar]
    let filename: String
    var tokens: [Token] = []

    // Cursor.
    var pos = 0
    var line = 1
    var lineOffset = 0
    /// Start of the line on which the token in progress began; lines read
    /// in the middle of a token (strings, backslash continuations) keep it.
    /// CPython measures some error columns from here (its tok->buf).
    var bufferStart = 0

    // Where the token being scanned starts.
    var tokenStart = 0
    var tokenLine = 1
    var tokenLineOffset = 0

    var atLineStart = true
    var indents: [Int] = [0]
    /// Indentation with tabs counted as one column, to catch mixed tabs/spaces.
    var altIndents: [Int] = [0]
    var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []
    var fstrings: [FStringMode] = []

    static let maxBracketDepth = 200
    static let maxIndentDepth = 100
    static let maxFStringNesting = 150
    static let maxReplacementFieldNesting = 3
    static let tabSize = 8

    init(text: SourceText, filename: String) {
        self.text = text
        self.chars = text.scalars
        self.filename = filename
        tokens.reserveCapacity(chars.count / 3 + 8)
    }

    mutating func run() -> LexFailure? {
        if text.containsNull {
            return .immediate(SyntaxErrorInfo(message: "source code string cannot contain null bytes",
                                              filename: filename, line: 0, column: nil))
        }
        do {
            while true {
                if let mode = fstrings.last, mode.inLiteral {
                    try scanFStringLiteral()
                } else if try scanRegular() {
                    return nil
                }
            }
        } catch let failure as LexFailure {
            // Inside an f-string CPython lets an earlier parser error stand
            // (pegen_errors.c), so the error only counts if the parser gets here.
            if !fstrings.isEmpty { return .atToken(failure.info, unclosed: nil) }
            if case .atToken(let info, nil) = failure, !brackets.isEmpty {
                return .atToken(info, unclosed: unclosedBracket())
            }
            return failure
        } catch {
            return .immediate(SyntaxErrorInfo(message: "\(error)", filename: filename, line: line, column: nil))
        }
    }

    // MARK: - Cursor helpers

    /// The scalar at `i`, or NUL past the end (NUL never occurs in accepted source).
    @inline(__always) func char(_ i: Int) -> Unicode.Scalar {
        i < chars.count ? chars[i] : "\0"
    }

    var atEnd: Bool { pos >= chars.count }

    /// Column in Characters of offset `p` on the line starting at `lineStart`.
    @inline(__always) func column(_ p: Int, lineStart: Int) -> Int {
        Int(text.characterIndex[min(p, chars.count)] - text.characterIndex[min(lineStart, chars.count)])
    }

    var currentColumn: Int { column(pos, lineStart: lineOffset) }

    /// Call after consuming a "\n".
    mutating func startNewLine() {
        line += 1
        lineOffset = pos
    }

    mutating func markTokenStart() {
        tokenStart = pos
        tokenLine = line
        tokenLineOffset = lineOffset
    }

    mutating func emit(_ kind: TokenKind, _ tokenText: String? = nil) {
        var token = Token(kind: kind, text: tokenText ?? text.text(tokenStart, pos),
                          line: tokenLine, column: column(tokenStart, lineStart: tokenLineOffset),
                          endLine: line, endColumn: currentColumn, level: brackets.count)
        token.startOffset = tokenStart
        token.endOffset = pos
        tokens.append(token)
    }

    /// INDENT, DEDENT and ENDMARKER: no text; the column is where CPython's
    /// caret goes when an error is reported at them.
    mutating func emitSynthetic(_ kind: TokenKind, line: Int, column: Int) {
        var token = Token(kind: kind, text: "", line: line, column: column,
                          endLine: line, endColumn: column, level: brackets.count)
        token.startOffset = pos
        token.endOffset = pos
        tokens.append(token)
    }

    // MARK: - Errors

    /// An error raised by the tokenizer at its cursor: CPython puts the
    /// caret on the last character it consumed.
    func error(_ message: String) -> LexFailure {
        let col = currentColumn - 1
        return .immediate(SyntaxErrorInfo(message: message, filename: filename, line: line,
                                          column: col, endColumn: col, sourceLine: text.line(line, withBOM: false)))
    }

    func error(_ message: String, line: Int, column: Int, endColumn: Int? = nil) -> LexFailure {
        .immediate(SyntaxErrorInfo(message: message, filename: filename, line: line,
                                   column: column, endColumn: endColumn ?? column,
                                   sourceLine: text.line(line, withBOM: false)))
    }

    /// An error the parser only sees when it asks for the next token.
    /// (CPython reports these through the parser, hence the BOM handling.)
    func stateError(_ kind: SyntaxErrorInfo.Kind, _ message: String, line: Int, column: Int?) -> LexFailure {
        let col = line == 1 && text.hasBOM ? column.map(text.columnWithBOM) : column
        return .atToken(SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line,
                                        column: col, sourceLine: text.line(line)), unclosed: nil)
    }

    /// The innermost open bracket as an error.
    func unclosedBracket() -> UnclosedBracket {
        let open = brackets[brackets.count - 1]
        let info = SyntaxErrorInfo(message: "'\(open.char)' was never closed", filename: filename,
                                   line: open.line, column: open.column, sourceLine: text.line(open.line))
        return UnclosedBracket(info: info, line: open.line)
    }

    /// End of file with brackets open.
    func unclosedAtEnd() -> LexFailure {
        let open = unclosedBracket()
        return .atToken(open.info, unclosed: open)
    }

    /// CPython's "unexpected EOF" position: the end of the last line.
    func endOfFileError(_ message: String) -> LexFailure {
        let last = text.lastLineNumber
        return stateError(.syntax, message, line: last, column: text.lastLineLength)
    }

    // MARK: - Regular mode

    /// Scans the next token(s) outside f-string literal text. Returns true
    /// once ENDMARKER has been emitted.
    mutating func scanRegular() throws -> Bool {
        while true {
            var blankLine = false
            if atLineStart {
                atLineStart = false
                blankLine = try readIndentation()
            }
            while true {
                while char(pos) == " " || char(pos) == "\t" || char(pos) == "\u{0C}" { pos += 1 }
                markTokenStart()
                var c = char(pos)
                if c == "#" {
                    while !atEnd && c != "\n" {
                        pos += 1
                        c = char(pos)
                    }
                }
                if atEnd {
                    if !brackets.isEmpty { throw unclosedAtEnd() }
                    emitSynthetic(.endMarker, line: text.lastLineNumber, column: text.lastLineLength)
                    return true
                }
                if c.isPythonIdentifierStart {
                    try scanNameOrPrefixedString()
                    return false
                }
                if c == "\n" {
                    // After a comment the token starts at the '#', as in CPython.
                    let newlineColumn = currentColumn
                    pos += 1
                    startNewLine()
                    bufferStart = pos
                    atLineStart = true
                    if blankLine || !brackets.isEmpty { break }
                    let col = column(tokenStart, lineStart: tokenLineOffset)
                    let width = (text.supplementedNewline && pos == chars.count) ? 0 : 1
                    var token = Token(kind: .newline, text: width == 0 ? "" : "\n", line: tokenLine, column: col,
                                      endLine: tokenLine, endColumn: newlineColumn + width, level: 0)
                    token.startOffset = tokenStart
                    token.endOffset = pos
                    tokens.append(token)
                    return false
                }
                if c == "." {
                    if char(pos + 1).isASCIIDigit {
                        try scanNumber()
                    } else if char(pos + 1) == "." && char(pos + 2) == "." {
                        pos += 3
                        emit(.op, "...")
                    } else {
                        pos += 1
                        emit(.op, ".")
                    }
                    return false
                }
                if c.isASCIIDigit {
                    try scanNumber()
                    return false
                }
                if c == "\"" || c == "'" {
                    try scanString()
                    return false
                }
                if c == "\\" {
                    pos += 1
                    try continueLine()
                    continue
                }
                try scanOperator(c)
                return false
            }
        }
    }

    /// After a backslash: the line must end right there. In the
    /// indentation no token is in progress, so the next line starts afresh.
    mutating func continueLine(inIndentation: Bool = false) throws {
        if char(pos) != "\n" || atEnd {
            throw stateError(.syntax, "unexpected character after line continuation character",
                             line: line, column: bufferColumn(of: min(pos + 1, chars.count)))
        }
        pos += 1
        startNewLine()
        if inIndentation { bufferStart = pos }
        if atEnd {
            if !brackets.isEmpty { throw unclosedAtEnd() }
            throw endOfFileError("unexpected EOF while parsing")
        }
    }

    /// The column CPython reports for an error at `offset` when it measures
    /// from its line buffer (which may begin on an earlier line): a UTF-8
    /// byte count, capped just past the line's end, read as bytes of the
    /// current line.
    func bufferColumn(of offset: Int) -> Int {
        var bytes = 0
        for i in bufferStart..<max(bufferStart, offset) { bytes += UTF8.width(chars[i]) }
        let lineText = (text.line(line, withBOM: false) ?? "") + "\n"
        var remaining = min(bytes, lineText.utf8.count + 1)
        var characters = 0
        for character in lineText {
            if remaining <= 0 { break }
            remaining -= character.utf8.count
            characters += 1
        }
        return characters + max(0, remaining) - 1
    }
}
