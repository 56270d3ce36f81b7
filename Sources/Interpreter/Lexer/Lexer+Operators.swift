// Operators and brackets: one-, two- and three-character operators, the
// bracket stack (with CPython's messages for unmatched brackets), and the
// `:`, `}` and bracket bookkeeping of f-string replacement fields.

extension TokenScanner {
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
            if c.value < 32 || c.value == 127 {  // ASCII control characters
                pos += 1
                throw error("invalid non-printable character U+\(c.codePointHex)")
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
