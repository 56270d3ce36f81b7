// Compile-time errors, reported the way CPython reports them:
//
//   File "prog.py", line 3
//     x = = 2
//         ^
//   SyntaxError: invalid syntax
//
// `kind` picks the exception class name; `.unsupported` is scopewalk's own
// (a valid Python construct outside the subset) and is reported as
// "SyntaxError: line 3: 'async def' is not supported by scopewalk".

public struct SyntaxErrorInfo: Error, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntax = "SyntaxError"
        case indentation = "IndentationError"
        case tab = "TabError"
        case unsupported = "SyntaxError "  // same class, distinguished for tests
        /// The parser's stack limit (CPython raises MemoryError) and the
        /// compiler's nesting limit (RecursionError): no file/line block.
        case memory = "MemoryError"
        case recursion = "RecursionError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line; 0 when unknown.
    public var line: Int
    /// 0-based column of the caret; nil when CPython prints no caret.
    public var column: Int?
    /// 0-based end column (exclusive) for a multi-caret `^^^^`; nil for one caret.
    public var endColumn: Int?
    /// The offending source line, without its newline.
    public var sourceLine: String?
    /// Where the error's range ends, when past `line` (the exception's end_lineno).
    public var endLine: Int?
    /// Which stage found it. CPython's symbol table and compiler read the
    /// line back from the file (so a string compiled by compile()/exec()
    /// has text None), and the symbol table's errors carry only the message in args.
    public enum Stage: Sendable { case parser, symbolTable, compiler }
    public var stage: Stage = .parser

    public init(kind: Kind = .syntax, message: String, filename: String = "<string>", line: Int, column: Int?, endColumn: Int? = nil, sourceLine: String? = nil) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.sourceLine = sourceLine
    }

    public var className: String { kind == .unsupported ? "SyntaxError" : kind.rawValue }

    /// CPython's rendering (traceback.print_exception of a SyntaxError).
    public var description: String {
        if kind == .memory || kind == .recursion { return "\(className): \(message)" }
        var out = "  File \"\(filename)\", line \(line)\n"
        if var src = sourceLine {
            var column = column
            var width = 1
            if let col = column, let end = (endLine ?? line) != line ? Int.max : endColumn, end > col {
                width = end == Int.max ? max(1, src.count - col) : end - col  // Int.max: to the end of the line
            }
            // CPython rereads the line with fgets into a 1000-byte buffer and
            // shows the last piece of a longer line.
            let bytes = Array(src.utf8) + [10]
            if bytes.count > 999 {
                let drop = (bytes.count - 1) / 999 * 999
                src = String(decoding: bytes[drop..<(bytes.count - 1)], as: UTF8.self)
                column = column.flatMap { $0 >= drop ? $0 - drop : nil }
            }
            // CPython strips leading whitespace and shifts the caret with it.
            let stripped = src.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
            let removed = src.count - stripped.count
            let text = String(stripped).trimmingTrailingWhitespace()
            out += "    \(text)\n"
            if let col = column {
                let start = max(0, col - removed)
                out += "    " + repeatString(" ", count: start) + repeatString("^", count: width) + "\n"
            }
        }
        out += "\(className): \(message)"
        return out
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\n" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
