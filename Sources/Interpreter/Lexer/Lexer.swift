import Foundation  // NFKC normalization of non-ASCII identifiers

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
    /// Reported only if the parser reaches the point of failure.
    case atToken(SyntaxErrorInfo)
    /// End of file inside brackets: reported if the parser reaches it, or if
    /// the parser's own error lies on a later line than the bracket.
    case unclosed(SyntaxErrorInfo, bracketLine: Int)

    var info: SyntaxErrorInfo {
        switch self {
        case .immediate(let info), .atToken(let info), .unclosed(let info, _): return info
        }
    }
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
            if !fstrings.isEmpty { return .atToken(failure.info) }
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
                                          column: col, endColumn: col, sourceLine: text.line(line)))
    }

    func error(_ message: String, line: Int, column: Int, endColumn: Int? = nil) -> LexFailure {
        .immediate(SyntaxErrorInfo(message: message, filename: filename, line: line,
                                   column: column, endColumn: endColumn ?? column, sourceLine: text.line(line)))
    }

    /// An error the parser only sees when it asks for the next token.
    func stateError(_ kind: SyntaxErrorInfo.Kind, _ message: String, line: Int, column: Int?) -> LexFailure {
        .atToken(SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line,
                                 column: column, sourceLine: text.line(line)))
    }

    func unclosedBracket() -> LexFailure {
        let open = brackets[brackets.count - 1]
        let info = SyntaxErrorInfo(message: "'\(open.char)' was never closed", filename: filename,
                                   line: open.line, column: open.column, sourceLine: text.line(open.line))
        return .unclosed(info, bracketLine: open.line)
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
                    if !brackets.isEmpty { throw unclosedBracket() }
                    emitSynthetic(.endMarker, line: text.lastLineNumber, column: text.lastLineLength)
                    return true
                }
                if isIdentifierStart(c) {
                    try scanNameOrPrefixedString()
                    return false
                }
                if c == "\n" {
                    // After a comment the token starts at the '#', as in CPython.
                    let newlineColumn = currentColumn
                    pos += 1
                    startNewLine()
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
                    if isDigit(char(pos + 1)) {
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
                if isDigit(c) {
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

    /// After a backslash: the line must end right there.
    mutating func continueLine() throws {
        if char(pos) != "\n" || atEnd {
            throw stateError(.syntax, "unexpected character after line continuation character",
                             line: line, column: currentColumn)
        }
        pos += 1
        startNewLine()
        if atEnd {
            if !brackets.isEmpty { throw unclosedBracket() }
            throw endOfFileError("unexpected EOF while parsing")
        }
    }

    mutating func scanNameOrPrefixedString() throws {
        var sawB = false, sawR = false, sawU = false, sawF = false
        var c = char(pos)
        while true {
            if !(sawB || sawU || sawF) && (c == "b" || c == "B") {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && (c == "u" || c == "U") {
                sawU = true
            } else if !(sawR || sawU) && (c == "r" || c == "R") {
                sawR = true
            } else if !(sawF || sawB || sawU) && (c == "f" || c == "F") {
                sawF = true
            } else {
                break
            }
            pos += 1
            c = char(pos)
            if c == "\"" || c == "'" {
                if sawF {
                    try startFString(raw: sawR)
                } else {
                    try scanString()
                }
                return
            }
        }
        var nonASCII = false
        while isIdentifierChar(c) {
            if c.value >= 128 { nonASCII = true }
            pos += 1
            c = char(pos)
        }
        if nonASCII { try verifyIdentifier() }
        let name = text.text(tokenStart, pos)
        if pos - tokenStart <= 8 && pythonKeywords.contains(name) {
            emit(.keyword, name)
        } else {
            // Identifiers are compared after NFKC normalization (PEP 3131).
            emit(.name, nonASCII ? name.precomposedStringWithCompatibilityMapping : name)
        }
    }

    /// Non-ASCII identifiers must be XID_Start XID_Continue*.
    mutating func verifyIdentifier() throws {
        for i in tokenStart..<pos {
            let scalar = chars[i]
            let valid = i == tokenStart
                ? (scalar == "_" || scalar.properties.isXIDStart)
                : scalar.properties.isXIDContinue
            if !valid {
                pos = i + 1
                let hex = hex4(scalar.value)
                if isPrintable(scalar) {
                    throw error("invalid character '\(scalar)' (U+\(hex))")
                }
                throw error("invalid non-printable character U+\(hex)")
            }
        }
    }

    mutating func scanOperator(_ c: Unicode.Scalar) throws {
        // Inside a replacement field, a top-level ':' starts the format spec.
        if c == ":", var mode = fstrings.last, mode.exprStartDepth >= 0,
           mode.bracketDepth - 1 == mode.exprStartDepth {
            pos += 1
            mode.inLiteral = true
            mode.inFormatSpec = true
            fstrings[fstrings.count - 1] = mode
            emit(.op, ":")
            return
        }
        let c2 = char(pos + 1), c3 = char(pos + 2)
        if let op = threeCharOperator(c, c2, c3) {
            pos += 3
            emit(.op, op)
            return
        }
        if let op = twoCharOperator(c, c2) {
            pos += 2
            emit(.op, op)
            return
        }
        switch c {
        case "(", "[", "{":
            if brackets.count >= TokenScanner.maxBracketDepth {
                pos += 1
                throw error("too many nested parentheses")
            }
            brackets.append((c, line, currentColumn))
            if !fstrings.isEmpty { fstrings[fstrings.count - 1].bracketDepth += 1 }
        case ")", "]", "}":
            try closeBracket(c)
        default:
            if c.value < 128 && !isPrintable(c) {
                pos += 1
                throw error("invalid non-printable character U+\(hex4(c.value))")
            }
        }
        pos += 1
        emit(.op, String(c))
    }

    mutating func closeBracket(_ c: Unicode.Scalar) throws {
        let here = currentColumn
        if let mode = fstrings.last, mode.bracketDepth == 0, c == "}" {
            throw error("f-string: single '}' is not allowed", line: line, column: here)
        }
        guard let open = brackets.popLast() else {
            throw error("unmatched '\(c)'", line: line, column: here)
        }
        let matches = (open.char == "(" && c == ")") || (open.char == "[" && c == "]") || (open.char == "{" && c == "}")
        if !matches {
            if let mode = fstrings.last, open.char == "{", mode.bracketDepth - 1 == mode.exprStartDepth {
                throw error("f-string: unmatched '\(c)'", line: line, column: here)
            }
            if open.line != line {
                throw error("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)' on line \(open.line)",
                            line: line, column: here)
            }
            throw error("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)'",
                        line: line, column: here)
        }
        if var mode = fstrings.last {
            mode.bracketDepth -= 1
            if mode.bracketDepth < 0 {
                throw error("f-string: unmatched '\(c)'", line: line, column: here)
            }
            if c == "}" && mode.bracketDepth == mode.exprStartDepth {
                // The replacement field is complete: back to literal text.
                mode.exprStartDepth -= 1
                mode.inLiteral = true
                mode.inFormatSpec = false
            }
            fstrings[fstrings.count - 1] = mode
        }
    }

    func threeCharOperator(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> String? {
        switch (a, b, c) {
        case ("*", "*", "="): return "**="
        case ("/", "/", "="): return "//="
        case ("<", "<", "="): return "<<="
        case (">", ">", "="): return ">>="
        default: return nil
        }
    }

    func twoCharOperator(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> String? {
        switch (a, b) {
        case ("!", "="): return "!="
        case ("%", "="): return "%="
        case ("&", "="): return "&="
        case ("*", "*"): return "**"
        case ("*", "="): return "*="
        case ("+", "="): return "+="
        case ("-", "="): return "-="
        case ("-", ">"): return "->"
        case ("/", "/"): return "//"
        case ("/", "="): return "/="
        case (":", "="): return ":="
        case ("<", "<"): return "<<"
        case ("<", "="): return "<="
        case ("<", ">"): return "<>"
        case ("=", "="): return "=="
        case (">", "="): return ">="
        case (">", ">"): return ">>"
        case ("@", "="): return "@="
        case ("^", "="): return "^="
        case ("|", "="): return "|="
        default: return nil
        }
    }
}

// MARK: - Character classes

@inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool {
    c.value >= 48 && c.value <= 57
}

@inline(__always) func isHexDigit(_ c: Unicode.Scalar) -> Bool {
    isDigit(c) || (c.value >= 97 && c.value <= 102) || (c.value >= 65 && c.value <= 70)
}

@inline(__always) func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || v >= 128
}

@inline(__always) func isIdentifierChar(_ c: Unicode.Scalar) -> Bool {
    isIdentifierStart(c) || isDigit(c)
}

/// CPython's Py_UNICODE_ISPRINTABLE.
func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

/// Upper-case hex with at least four digits, as in "U+20AC".
func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
}
