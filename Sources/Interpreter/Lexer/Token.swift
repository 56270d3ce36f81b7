// Tokens as CPython 3.13's tokenizer produces them for the parser (no NL or
// COMMENT tokens). F-strings follow PEP 701: FSTRING_START, then literal
// FSTRING_MIDDLE pieces and ordinary tokens for the replacement fields, then
// FSTRING_END.

public enum TokenKind: UInt8, Sendable {
    /// An identifier, including soft keywords (`match`, `case`, `type`, `_`).
    case name
    /// A hard keyword such as `if` or `None`.
    case keyword
    /// A numeric literal; `text` is its source text.
    case number
    /// A complete string or bytes literal (not an f-string); `text` is its
    /// source text including prefix and quotes.
    case string
    /// `f"`, `rf'''` ...: `text` is the prefix and the opening quote(s).
    case fstringStart
    /// Literal text of an f-string with `{{`/`}}` already collapsed; escape
    /// sequences are left for the parser to decode.
    case fstringMiddle
    /// The closing quote(s) of an f-string.
    case fstringEnd
    /// An operator or delimiter, or a stray character such as `$` or `?`.
    case op
    case newline
    case indent
    case dedent
    case endMarker
}

public struct Token: Sendable, CustomStringConvertible {
    public var kind: TokenKind
    public var text: String
    public var line: Int
    /// 0-based column in Characters. For INDENT, DEDENT and ENDMARKER (which
    /// have no text) it is the column just before the tokenizer's cursor,
    /// which is where CPython puts the caret of errors reported at them.
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// Bracket nesting depth after this token (CPython's token level).
    public var level: Int
    /// Scalar offsets of the token's text in the tokenizer's SourceText
    /// (used to recover exact source text, e.g. for `f"{x = }"`).
    var startOffset = 0
    var endOffset = 0

    public init(kind: TokenKind, text: String, line: Int, column: Int, endLine: Int, endColumn: Int, level: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.level = level
    }

    public var range: SourceRange {
        SourceRange(line: line, column: column, endLine: endLine, endColumn: endColumn)
    }

    /// INDENT, DEDENT and ENDMARKER carry no source text of their own.
    public var isSynthetic: Bool { kind == .indent || kind == .dedent || kind == .endMarker }

    public var description: String {
        "\(kind) \(text.debugDescription) \(line):\(column)-\(endLine):\(endColumn)"
    }
}

/// Python 3.13's hard keywords.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]
